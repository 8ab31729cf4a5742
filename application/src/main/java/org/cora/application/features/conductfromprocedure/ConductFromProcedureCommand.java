package org.cora.application.features.conductfromprocedure;

import java.util.OptionalLong;
import org.cora.domain.procedure.ProcedureId;

/**
 * Resume a Held Procedure and replay its pinned steps from a boundary: the one given, else the
 * resume point computed from the journal. {@code restoreCaptures} restores the captures journaled
 * before the boundary, so a setpoint that returns to a captured position works after a hold.
 */
public record ConductFromProcedureCommand(ProcedureId procedureId, OptionalLong reEstablishmentBoundary,
                                          boolean restoreCaptures) {
}
