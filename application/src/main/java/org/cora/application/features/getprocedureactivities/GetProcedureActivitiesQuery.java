package org.cora.application.features.getprocedureactivities;

import org.cora.domain.procedure.ProcedureId;

/** The step journal of one Procedure, in append order. */
public record GetProcedureActivitiesQuery(ProcedureId procedureId) {
}
