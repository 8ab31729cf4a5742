package org.cora.domain.features.abortprocedure;

import org.cora.domain.control.ActuationKind;
import org.cora.domain.procedure.ProcedureId;

/** Stop a Procedure for good, saying why. */
public record AbortProcedureCommand(ProcedureId procedureId, String reason, ActuationKind actuationKind) {
}
