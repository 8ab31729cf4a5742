package org.cora.application.features.getprocedureevents;

import org.cora.domain.procedure.ProcedureId;

/** The stored events of one Procedure, in version order: its provenance. */
public record GetProcedureEventsQuery(ProcedureId procedureId) {
}
