package org.cora.domain.features.startprocedure;

import org.cora.domain.procedure.ProcedureId;

/** Defined to Running. */
public record StartProcedureCommand(ProcedureId procedureId) {
}
