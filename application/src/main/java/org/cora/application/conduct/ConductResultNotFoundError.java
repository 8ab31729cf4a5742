package org.cora.application.conduct;

import org.cora.domain.procedure.ProcedureId;
import org.cora.domain.shared.DomainError;

/** The Procedure exists but was never conducted in the background, so there is no conduct result to read. */
public final class ConductResultNotFoundError extends DomainError {

    public ConductResultNotFoundError(ProcedureId procedureId) {
        super("Procedure " + procedureId + " has had no background conduct; a synchronous conduct answers its result"
                + " in its own response, and its status, events and journal are readable as always");
    }
}
