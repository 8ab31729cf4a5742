package org.cora.application.features.getprocedure;

import org.cora.domain.procedure.ProcedureId;

/** The folded state of one Procedure. */
public record GetProcedureQuery(ProcedureId procedureId) {
}
