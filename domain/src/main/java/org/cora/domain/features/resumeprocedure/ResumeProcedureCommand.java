package org.cora.domain.features.resumeprocedure;

import java.util.UUID;
import org.cora.domain.procedure.ProcedureId;

/** Held to Running; the boundary says from which pinned step the walk re-establishes (audit). */
public record ResumeProcedureCommand(ProcedureId procedureId, long reEstablishmentBoundary, UUID decidedByDecisionId) {
}
