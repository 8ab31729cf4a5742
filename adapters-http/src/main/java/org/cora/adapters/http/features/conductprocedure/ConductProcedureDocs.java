package org.cora.adapters.http.features.conductprocedure;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link ConductProcedureRoute}. */
@Component
final class ConductProcedureDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(ConductProcedureRoute.class, "Conduct a Procedure")
                .description("Resolves and pins the steps, starts the Procedure, walks the steps through the "
                        + "Conductor (journalling each), then completes it, or aborts it at a failed step. 200 for "
                        + "every operational outcome: a failed step or a lifecycle refusal is in the body's "
                        + "failure.")
                .request("a setpoint, a check and a count", """
                        {
                          "steps": [
                            {"kind": "setpoint", "address": "sim:m1", "value": 12.5},
                            {
                              "kind": "check",
                              "address": "sim:m1.RBV",
                              "criterion": {"kind": "within_tolerance", "expected": 12.5, "tolerance": 0.01}
                            },
                            {"kind": "action", "name": "count", "params": {"detector": "sim:det", "seconds": 0.05}}
                          ]
                        }""")
                .request("no steps: start and complete", """
                        {"steps": []}""")
                .response(200, "succeeded", """
                        {
                          "procedure_id": "0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9",
                          "completed_count": 3,
                          "succeeded": true,
                          "failure": null,
                          "actuation_kind": "Simulated",
                          "held": false
                        }""")
                .response(200, "a step failed", """
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
                          "held": false
                        }""")
                .response(200, "refused by the lifecycle", """
                        {
                          "procedure_id": "0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9",
                          "completed_count": 0,
                          "succeeded": false,
                          "failure": {
                            "step_index": null,
                            "source_kind": "lifecycle",
                            "target": "start",
                            "error_class": "ProcedureCannotStartError",
                            "message": "Procedure 0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9 cannot start from status Completed"
                          },
                          "actuation_kind": null,
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
