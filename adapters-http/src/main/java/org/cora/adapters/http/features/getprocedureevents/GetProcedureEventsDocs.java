package org.cora.adapters.http.features.getprocedureevents;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link GetProcedureEventsRoute}. */
@Component
final class GetProcedureEventsDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(GetProcedureEventsRoute.class, "A Procedure's events")
                .description("Its event stream in version order.")
                .response(200, "the events", """
                        {
                          "items": [
                            {
                              "version": 1,
                              "event_type": "ProcedureRegistered",
                              "payload": {
                                "kind": "alignment",
                                "name": "align mirror M1",
                                "procedure_id": "0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9",
                                "target_asset_ids": [],
                                "occurred_at": "2026-11-25T17:12:45.971931Z"
                              },
                              "occurred_at": "2026-11-25T17:12:45.971931Z",
                              "recorded_at": "2026-11-25T17:12:46.069455Z",
                              "event_id": "0193a7c2-0eb4-74d9-90a2-d709d59b7695",
                              "position": 1,
                              "schema_version": 1,
                              "principal": "operator:ada",
                              "correlation_id": "0193a7c2-1127-7677-b98e-44795e3e5569",
                              "causation_id": null,
                              "metadata": {"command_name": "RegisterProcedure"}
                            }
                          ]
                        }""")
                .error(404, "ProcedureNotFoundError", "Procedure 0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9 not found");
    }
}
