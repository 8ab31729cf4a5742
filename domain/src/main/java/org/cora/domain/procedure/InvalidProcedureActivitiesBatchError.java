package org.cora.domain.procedure;

import org.cora.domain.shared.DomainError;

/** A journal append carries more rows than one batch may hold. */
public final class InvalidProcedureActivitiesBatchError extends DomainError {

    private final int size;
    private final int max;

    public InvalidProcedureActivitiesBatchError(int size, int max) {
        super("a journal append holds at most " + max + " rows, got " + size);
        this.size = size;
        this.max = max;
    }

    public int size() {
        return size;
    }

    public int max() {
        return max;
    }
}
