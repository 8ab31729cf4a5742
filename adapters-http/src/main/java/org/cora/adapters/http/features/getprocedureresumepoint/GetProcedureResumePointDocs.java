package org.cora.adapters.http.features.getprocedureresumepoint;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link GetProcedureResumePointRoute}. */
@Component
final class GetProcedureResumePointDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(GetProcedureResumePointRoute.class, "Where a conduct-from would resume")
                .description("The proposed re-establishment boundary and why (in_flight: a step was in flight; "
                        + "failed: a step failed; next: the first step not done), the pinned step there, and "
                        + "whether the replay halts at an acquisition.")
                .response(200, "after a failed step", """
                        {
                          "re_establishment_boundary": 1,
                          "reason": "failed",
                          "step": {"kind": "setpoint", "address": "sim:offline", "value": 1, "verify": false},
                          "step_count": 2,
                          "halts_at_acquisition": false,
                          "procedure_id": "0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9"
                        }""")
                .error(404, "ProcedureNotFoundError", "Procedure 0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9 not found")
                .error(500, "ResolvedStepsRecordNotFoundError",
                        "Procedure 0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9 has no pinned steps to resume from");
    }
}
