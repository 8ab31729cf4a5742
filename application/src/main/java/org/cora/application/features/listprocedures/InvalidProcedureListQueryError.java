package org.cora.application.features.listprocedures;

import org.cora.domain.shared.DomainError;

/** A list request that cannot be answered as asked: a limit out of range, a malformed cursor or filter. */
public final class InvalidProcedureListQueryError extends DomainError {

    public InvalidProcedureListQueryError(String message) {
        super(message);
    }
}
