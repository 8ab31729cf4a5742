package org.cora.application.features.appendprocedureactivities;

import java.util.List;
import java.util.UUID;
import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.application.port.JournalRow;
import org.cora.application.port.JournalStore;
import org.cora.application.port.Transactions;
import org.cora.application.procedure.LoadedProcedure;
import org.cora.application.procedure.ProcedureStreams;
import org.cora.domain.features.appendprocedureactivities.ActivityEntry;
import org.cora.domain.features.appendprocedureactivities.AppendProcedureActivitiesCommand;
import org.cora.domain.features.appendprocedureactivities.AppendProcedureActivitiesDecider;
import org.cora.domain.procedure.ProcedureEvent;
import org.cora.domain.shared.Clock;
import org.cora.domain.shared.IdGenerator;

/**
 * Appends rows to a Running Procedure's journal, opening the logbook on the first append. The
 * stream is held from before it is read until the rows commit, together with the logbook event,
 * so a row never lands after the Procedure left Running. Returns how many rows were new (a retried row counts 0).
 */
public final class AppendProcedureActivitiesHandler {

    public static final String COMMAND_NAME = "AppendProcedureActivities";

    private final Authorize authorize;
    private final ProcedureStreams streams;
    private final JournalStore journal;
    private final Transactions transactions;
    private final Clock clock;
    private final IdGenerator ids;

    public AppendProcedureActivitiesHandler(Authorize authorize, ProcedureStreams streams, JournalStore journal,
                                            Transactions transactions, Clock clock, IdGenerator ids) {
        this.authorize = authorize;
        this.streams = streams;
        this.journal = journal;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public int handle(AppendProcedureActivitiesCommand command, Caller caller) {
        authorize.authorize(caller.principal(), COMMAND_NAME);
        return transactions.inTransaction(() -> {
            streams.hold(command.procedureId());
            LoadedProcedure loaded = streams.load(command.procedureId());
            List<ProcedureEvent> opened = AppendProcedureActivitiesDecider.decide(loaded.state(), command,
                    ids.newId(), clock.now());
            streams.append(loaded, opened, caller, COMMAND_NAME);
            UUID logbookId = loaded.stateAfter(opened).activityLogbookId();
            return journal.append(command.entries().stream().map(e -> row(command, e, logbookId, caller)).toList());
        });
    }

    private static JournalRow row(AppendProcedureActivitiesCommand command, ActivityEntry entry, UUID logbookId,
                                  Caller caller) {
        return new JournalRow(entry.eventId(), command.procedureId(), logbookId, caller.principal(), COMMAND_NAME,
                entry.stepKind(), entry.payload(), entry.sampledAt(), entry.occurredAt(), caller.correlationId(),
                null, null);
    }
}
