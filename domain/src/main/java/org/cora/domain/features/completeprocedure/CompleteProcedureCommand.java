package org.cora.domain.features.completeprocedure;

import org.cora.domain.control.ActuationKind;
import org.cora.domain.procedure.ProcedureId;

/** Running to Completed, stamping what the conduct actuated (null when nothing was touched). */
public record CompleteProcedureCommand(ProcedureId procedureId, ActuationKind actuationKind) {
}
