package org.cora.application.conduct;

import org.cora.domain.procedure.ProcedureId;
import org.cora.domain.shared.DomainError;

/** No worker is free to walk a background conduct (or the service is stopping); nothing was done. */
public final class ConductWorkersBusyError extends DomainError {

    public ConductWorkersBusyError(ProcedureId procedureId, int workers, boolean stopping) {
        super(stopping
                ? "the service is stopping and starts no background conduct; Procedure " + procedureId
                        + " was not touched"
                : "all " + workers + " conduct workers are walking; Procedure " + procedureId
                        + " was not touched: retry when one is free, or conduct without Prefer: respond-async");
    }
}
