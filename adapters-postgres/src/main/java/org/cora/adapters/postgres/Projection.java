package org.cora.adapters.postgres;

import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * A read model kept from the events table by {@link PostgresProjectionWorker}. Its name is its
 * table's and its checkpoint row's.
 *
 * <p>{@link #apply} runs inside the worker's transaction, which also advances the checkpoint, so a
 * batch is applied exactly when the checkpoint moves past it. It must still be idempotent: an
 * event it has already applied (a replay, a rebuild racing a crash) must change nothing.
 */
public interface Projection {

    String name();

    /** The version of the rows this code writes; a checkpoint built by another version is rebuilt. */
    int version();

    /** The stream types whose events it reads; the worker never hands it others. */
    Set<String> streamTypes();

    /** Applies events given in (transaction id, position) order, through {@code dsl}'s current transaction. */
    void apply(List<ProjectedEvent> events, DSLContext dsl);

    /** Empties its tables, through {@code dsl}'s current transaction, for a rebuild from the first event. */
    void reset(DSLContext dsl);
}
