package org.cora.domain.resolution;

import org.cora.domain.shared.DomainError;

/** The Capability of the Recipe does not admit Procedures as executors. */
public final class ProcedureCapabilityExecutorMismatchError extends DomainError {

    public ProcedureCapabilityExecutorMismatchError(String capabilityId) {
        super("Capability " + capabilityId + " cannot be executed by a Procedure (its executor shapes exclude Procedure)");
    }
}
