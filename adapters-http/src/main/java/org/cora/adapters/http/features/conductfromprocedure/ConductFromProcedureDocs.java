package org.cora.adapters.http.features.conductfromprocedure;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link ConductFromProcedureRoute}. */
@Component
final class ConductFromProcedureDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(ConductFromProcedureRoute.class, "Resume a Held Procedure and replay its pin")
                .description("Replays the pinned steps from the boundary (the computed resume point when none is "
                        + "given): setpoints are re-driven, checks re-run, and the replay halts for the operator "
                        + "before an acquisition (acquisition_halt). 200 for every replay outcome.")
                .request("from the resume point", """
                        {}""")
                .request("from step 1, restoring captures", """
                        {"re_establishment_boundary": 1, "restore_captures": true}""")
                .response(200, "replayed to the end", """
                        {
                          "procedure_id": "0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9",
                          "completed_count": 1,
                          "succeeded": true,
                          "failure": null,
                          "actuation_kind": "Simulated",
                          "held": false,
                          "re_establishment_boundary": 1,
                          "acquisition_halt": false,
                          "resume_point": {
                            "re_establishment_boundary": 1,
                            "reason": "failed",
                            "step": {"kind": "setpoint", "address": "sim:offline", "value": 1, "verify": false},
                            "step_count": 2,
                            "halts_at_acquisition": false
                          }
                        }""")
                .error(404, "ProcedureNotFoundError", "Procedure 0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9 not found")
                .error(409, "ProcedureConductInProgressError",
                        "Procedure 0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9 is being conducted by someone else; nothing "
                                + "was done")
                .error(400, "InvalidProcedureReEstablishmentBoundaryError",
                        "re_establishment_boundary 7 is invalid: the pin has 2 steps")
                .error(409, "ProcedureCannotResumeError",
                        "Procedure 0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9 cannot resume from status Completed")
                .error(500, "ResolvedStepsRecordNotFoundError",
                        "Procedure 0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9 has no pinned steps to resume from")
                .error(500, "ResolvedStepsDigestMismatchError",
                        "Procedure 0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9: the pinned steps do not match their digest");
    }
}
