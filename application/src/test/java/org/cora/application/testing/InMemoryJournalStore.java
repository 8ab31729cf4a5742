package org.cora.application.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.cora.application.port.EventStore;
import org.cora.application.port.StoredEvent;
import org.cora.application.port.JournalRow;
import org.cora.application.port.JournalStore;
import org.cora.domain.procedure.ProcedureId;

/** A step journal in memory: insert-or-ignore by event id, append order kept. */
public final class InMemoryJournalStore implements JournalStore {

    private final List<JournalRow> rows = new ArrayList<>();
    private final EventStore events;

    /** {@code events} is the store whose streams {@link #appendIfStreamAt} checks. */
    public InMemoryJournalStore(EventStore events) {
        this.events = events;
    }

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
    public OptionalInt appendIfStreamAt(String streamType, UUID streamId, long version, UUID lastEventId,
                                        List<JournalRow> batch) {
        synchronized (events) {
            List<StoredEvent> stream = events.load(streamType, streamId).events();
            boolean unmoved = stream.size() == version
                    && (version == 0 ? lastEventId == null : stream.getLast().eventId().equals(lastEventId));
            return unmoved ? OptionalInt.of(append(batch)) : OptionalInt.empty();
        }
    }

    @Override
    public synchronized List<JournalRow> listOfKind(ProcedureId procedureId, String stepKind) {
        return list(procedureId).stream().filter(r -> r.stepKind().equals(stepKind)).toList();
    }

    @Override
    public synchronized Optional<JournalRow> lastStepRow(ProcedureId procedureId) {
        return list(procedureId).reversed().stream()
                .filter(r -> r.payload().has("step_index") && r.payload().has("result")).findFirst();
    }

    @Override
    public synchronized List<JournalRow> list(ProcedureId procedureId) {
        return rows.stream().filter(r -> r.procedureId().equals(procedureId)).toList();
    }
}
