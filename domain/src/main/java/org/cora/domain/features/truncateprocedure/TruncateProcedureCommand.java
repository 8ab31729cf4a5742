package org.cora.domain.features.truncateprocedure;

import java.time.Instant;
import org.cora.domain.procedure.ProcedureId;

/** Close a Procedure that was cut short from outside, optionally saying when it was interrupted. */
public record TruncateProcedureCommand(ProcedureId procedureId, String reason, Instant interruptedAt) {
}
