package org.cora.adapters.http.features.getprocedureactivities;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link GetProcedureActivitiesRoute}. */
@Component
final class GetProcedureActivitiesDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(GetProcedureActivitiesRoute.class, "A Procedure's step journal")
                .description("One row per step outcome and in-flight marker, in append order; each payload has "
                        + "step_index and result (in_flight, ok or failed), and error_class, message or readings "
                        + "where they apply.")
                .response(200, "the journal", """
                        {
                          "items": [
                            {
                              "event_id": "0193a7c2-11c9-74c2-9894-46c0688f6a56",
                              "step_kind": "setpoint",
                              "payload": {
                                "value": 12.5,
                                "result": "in_flight",
                                "address": "sim:m1",
                                "step_index": 0
                              },
                              "sampled_at": "2026-11-25T17:12:46.793603Z",
                              "occurred_at": "2026-11-25T17:12:46.793603Z",
                              "recorded_at": "2026-11-25T17:12:46.797815Z",
                              "actor_id": "operator:ada",
                              "command_name": "AppendProcedureActivities",
                              "logbook_id": "0193a7c2-11d3-75ee-90dc-b1bcb7276b7e",
                              "correlation_id": "0193a7c2-1127-7677-b98e-44795e3e5569"
                            },
                            {
                              "event_id": "0193a7c2-13b8-76f4-ad6f-5f011b6fc0a3",
                              "step_kind": "setpoint",
                              "payload": {"value": 12.5, "result": "ok", "address": "sim:m1", "step_index": 0},
                              "sampled_at": "2026-11-25T17:12:47.288353Z",
                              "occurred_at": "2026-11-25T17:12:47.288353Z",
                              "recorded_at": "2026-11-25T17:12:47.294337Z",
                              "actor_id": "operator:ada",
                              "command_name": "AppendProcedureActivities",
                              "logbook_id": "0193a7c2-11d3-75ee-90dc-b1bcb7276b7e",
                              "correlation_id": "0193a7c2-1127-7677-b98e-44795e3e5569"
                            }
                          ]
                        }""")
                .error(404, "ProcedureNotFoundError", "Procedure 0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9 not found");
    }
}
