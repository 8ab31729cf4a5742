package org.cora.domain.features.holdprocedure;

import java.util.UUID;
import org.cora.domain.control.ActuationKind;
import org.cora.domain.json.Json;
import org.cora.domain.procedure.ProcedureId;

/**
 * Hold a Running Procedure, saying why. {@code byConductor} is the walking conductor itself (at a
 * step boundary, after a recoverable failure, or the service for a lost conductor); an operator's
 * hold while a conductor walks becomes a request the conductor honours at its next step boundary.
 */
public record HoldProcedureCommand(ProcedureId procedureId, String reason, boolean byConductor,
                                   ActuationKind actuationKind, UUID decidedByDecisionId, Json.Obj resumePoint) {

    public static HoldProcedureCommand byOperator(ProcedureId procedureId, String reason) {
        return new HoldProcedureCommand(procedureId, reason, false, null, null, null);
    }
}
