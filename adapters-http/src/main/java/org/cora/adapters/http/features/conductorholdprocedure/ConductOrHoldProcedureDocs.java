package org.cora.adapters.http.features.conductorholdprocedure;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link ConductOrHoldProcedureRoute}. */
@Component
final class ConductOrHoldProcedureDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(ConductOrHoldProcedureRoute.class, "Conduct a Procedure, holding it on a recoverable "
                + "failure")
                .description("Like conduct, but a recoverable step failure holds the Procedure (held: true) so it "
                        + "can be resumed from its pin.")
                .request("two setpoints", """
                        {
                          "steps": [
                            {"kind": "setpoint", "address": "sim:m1", "value": 3},
                            {"kind": "setpoint", "address": "sim:offline", "value": 1}
                          ]
                        }""")
                .response(200, "held at the failed step", """
                        {
                          "procedure_id": "0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9",
                          "completed_count": 1,
                          "succeeded": false,
                          "failure": {
                            "step_index": 1,
                            "source_kind": "setpoint",
                            "target": "sim:offline",
                            "error_class": "ControlNotConnectedError",
                            "message": "Control address 'sim:offline' not connected"
                          },
                          "actuation_kind": "Simulated",
                          "held": true
                        }""")
                .response(200, "succeeded", """
                        {
                          "procedure_id": "0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9",
                          "completed_count": 3,
                          "succeeded": true,
                          "failure": null,
                          "actuation_kind": "Simulated",
                          "held": false
                        }""")
                .error(404, "ProcedureNotFoundError", "Procedure 0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9 not found")
                .error(409, "ProcedureConductInProgressError",
                        "Procedure 0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9 is being conducted by someone else; nothing "
                                + "was done")
                .error(400, "ProcedureStepsForbiddenForRecipeDrivenError",
                        "Procedure 0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9 is recipe-driven: its steps come from its "
                                + "recipe, send none")
                .error(422, "InvalidStepError",
                        "steps[0].kind must be one of [action, capture, check, setpoint], got 'move'")
                .error(422, "PseudoAxisConstituentNotFoundError",
                        "no constituent of pseudo-axis 0193a7c2-3db0-71d0-bfea-d7514e06094d is wired in the Run's "
                                + "Plan")
                .error(500, "RecipeExpansionReplayMismatchError",
                        "Procedure 0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9: the recipe replay gave other steps than "
                                + "the recorded expansion");
    }
}
