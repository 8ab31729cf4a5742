package org.cora.domain.conductor;

import org.cora.domain.control.ActuationKind;
import org.cora.domain.procedure.ProcedureId;

/**
 * How a walk ended. {@code completedCount} counts the steps that ran and recorded {@code ok};
 * the failing step is not counted.
 */
public record ConductorResult(ProcedureId procedureId, int completedCount, ConductorFailure failure,
                              ActuationKind actuationKind) {

    public boolean succeeded() {
        return failure == null;
    }

    ConductorResult withFailure(ConductorFailure replacement) {
        return new ConductorResult(procedureId, completedCount, replacement, actuationKind);
    }
}
