package org.cora.application.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cora.application.port.JournalRow;
import org.cora.application.port.JournalStore;
import org.cora.domain.procedure.ProcedureId;

/** A step journal in memory: insert-or-ignore by event id, append order kept. */
public final class InMemoryJournalStore implements JournalStore {

    private final List<JournalRow> rows = new ArrayList<>();

    @Override
    public synchronized int append(List<JournalRow> batch) {
        int added = 0;
        for (JournalRow row : batch) {
            if (rows.stream().noneMatch(r -> r.eventId().equals(row.eventId()))) {
                rows.add(new JournalRow(row.eventId(), row.procedureId(), row.logbookId(), row.actor(),
                        row.commandName(), row.stepKind(), row.payload(), row.sampledAt(), row.occurredAt(),
                        row.correlationId(), row.causationId(), Instant.EPOCH.plusSeconds(rows.size())));
                added++;
            }
        }
        return added;
    }

    @Override
    public synchronized List<JournalRow> list(ProcedureId procedureId) {
        return rows.stream().filter(r -> r.procedureId().equals(procedureId)).toList();
    }
}
