package org.cora.application.port;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.cora.domain.procedure.ProcedureId;

/**
 * The step journal: append-only rows beside the Procedure streams.
 *
 * <p>{@link #append} is insert-or-ignore keyed by the producer's event id: a retried row adds
 * nothing. Rows are committed durably before it returns (or with the enclosing transaction).
 */
public interface JournalStore {

    /** Returns how many rows were new. */
    int append(List<JournalRow> rows);

    /**
     * Appends, in one step, only while the stream's last event is still {@code lastEventId} at
     * {@code version} (checked under the lock every event append takes). Returns how many rows
     * were new, or empty when the stream has moved on and nothing was written.
     */
    OptionalInt appendIfStreamAt(String streamType, UUID streamId, long version, UUID lastEventId,
                                 List<JournalRow> rows);

    /** The Procedure's rows in append order. */
    List<JournalRow> list(ProcedureId procedureId);

    /** The Procedure's rows of one step kind, in append order. */
    List<JournalRow> listOfKind(ProcedureId procedureId, String stepKind);

    /**
     * The last row a conductor wrote (one whose payload has {@code step_index} and {@code result}),
     * in constant time however long the journal: it tells where a walk stopped.
     */
    Optional<JournalRow> lastStepRow(ProcedureId procedureId);
}
