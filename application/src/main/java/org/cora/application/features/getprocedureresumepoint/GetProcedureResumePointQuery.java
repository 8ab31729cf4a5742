package org.cora.application.features.getprocedureresumepoint;

import org.cora.domain.procedure.ProcedureId;

/** Where a conduct-from would resume this Procedure, and why. */
public record GetProcedureResumePointQuery(ProcedureId procedureId) {
}
