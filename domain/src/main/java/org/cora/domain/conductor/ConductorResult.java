package org.cora.domain.conductor;

import org.cora.domain.control.ActuationKind;
import org.cora.domain.json.Json;
import org.cora.domain.procedure.ProcedureId;

/**
 * How a walk ended. {@code completedCount} counts the steps that ran and recorded {@code ok};
 * the failing step is not counted. {@code held} is true when the conduct ended with the Procedure
 * Held (a hold at a step boundary, or a recoverable failure in conduct-or-hold).
 */
public record ConductorResult(ProcedureId procedureId, int completedCount, ConductorFailure failure,
                              ActuationKind actuationKind, boolean held) {

    public static final String ACQUISITION_HALT = "AcquisitionResumeRequiresOperator";

    /** The walk ran to its end and the Procedure completed. */
    public boolean succeeded() {
        return failure == null && !held;
    }

    /** A resume stopped before an action for the operator to decide; the Procedure stays Running. */
    public boolean acquisitionHalt() {
        return failure != null && ACQUISITION_HALT.equals(failure.errorClass());
    }

    /** The result as the conduct routes answer it, and as a background conduct keeps it for later reading. */
    public Json.Obj toPayload() {
        return Json.Obj.builder()
                .put("procedure_id", procedureId.toString())
                .put("completed_count", completedCount)
                .put("succeeded", succeeded())
                .put("failure", failure == null ? Json.NULL : failure.toPayload())
                .put("actuation_kind", actuationKind == null ? null : actuationKind.name())
                .put("held", held)
                .build();
    }

    ConductorResult withFailure(ConductorFailure replacement) {
        return new ConductorResult(procedureId, completedCount, replacement, actuationKind, held);
    }

    ConductorResult withActuationKind(ActuationKind kind) {
        return new ConductorResult(procedureId, completedCount, failure, kind, held);
    }

    ConductorResult asHeld() {
        return new ConductorResult(procedureId, completedCount, failure, actuationKind, true);
    }
}
