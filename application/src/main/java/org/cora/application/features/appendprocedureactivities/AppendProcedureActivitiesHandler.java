package org.cora.application.features.appendprocedureactivities;

import java.util.List;
import java.util.OptionalInt;
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
import org.cora.domain.shared.DomainError;
import org.cora.domain.shared.IdGenerator;

/**
 * Appends rows to a Running Procedure's journal, opening the logbook on the first append. A row
 * never lands after the Procedure left Running: the usual append decides on the stream as last
 * seen and writes only if the stream is still there (one round trip); when it has moved, or the
 * logbook must open, the stream is held, read afresh, decided on and written in one transaction.
 * Returns how many rows were new (a retried row counts 0).
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
        return appendOnKnownStream(command, caller).orElseGet(() -> appendOnHeldStream(command, caller));
    }

    private OptionalInt appendOnKnownStream(AppendProcedureActivitiesCommand command, Caller caller) {
        LoadedProcedure known = streams.loadKnown(command.procedureId());
        try {
            if (!AppendProcedureActivitiesDecider.decide(known.state(), command, ids.newId(), clock.now()).isEmpty()) {
                return OptionalInt.empty();
            }
        } catch (DomainError perhapsStale) {
            return OptionalInt.empty();
        }
        return journal.appendIfStreamAt(ProcedureEvent.STREAM_TYPE, command.procedureId().value(), known.version(),
                known.lastEventId(), rows(command, known.state().activityLogbookId(), caller));
    }

    private int appendOnHeldStream(AppendProcedureActivitiesCommand command, Caller caller) {
        return transactions.inTransaction(() -> {
            streams.hold(command.procedureId());
            LoadedProcedure loaded = streams.load(command.procedureId());
            List<ProcedureEvent> opened = AppendProcedureActivitiesDecider.decide(loaded.state(), command,
                    ids.newId(), clock.now());
            streams.append(loaded, opened, caller, COMMAND_NAME);
            return journal.append(rows(command, loaded.stateAfter(opened).activityLogbookId(), caller));
        });
    }

    private static List<JournalRow> rows(AppendProcedureActivitiesCommand command, UUID logbookId, Caller caller) {
        return command.entries().stream().map(entry -> row(command, entry, logbookId, caller)).toList();
    }

    private static JournalRow row(AppendProcedureActivitiesCommand command, ActivityEntry entry, UUID logbookId,
                                  Caller caller) {
        return new JournalRow(entry.eventId(), command.procedureId(), logbookId, caller.principal(), COMMAND_NAME,
                entry.stepKind(), entry.payload(), entry.sampledAt(), entry.occurredAt(), caller.correlationId(),
                null, null);
    }
}
