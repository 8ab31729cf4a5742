package org.cora.domain.resolution;

import org.cora.domain.shared.DomainError;

/** A recipe-driven Procedure takes no steps from the caller. */
public final class ProcedureStepsForbiddenForRecipeDrivenError extends DomainError {

    public ProcedureStepsForbiddenForRecipeDrivenError(String procedureId) {
        super("Procedure " + procedureId + " is recipe-driven: its steps come from its recipe, a conduct must not send steps");
    }
}
