package org.cora.application.features.getprocedureconductresult;

import org.cora.domain.procedure.ProcedureId;

/** The outcome of the Procedure's most recent background conduct. */
public record GetProcedureConductResultQuery(ProcedureId procedureId) {
}
