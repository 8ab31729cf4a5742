package org.cora.adapters.http.features.getprocedure;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link GetProcedureRoute}. */
@Component
final class GetProcedureDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(GetProcedureRoute.class, "A Procedure")
                .description("Folded from its events on read.")
                .response(200, "the Procedure", """
                        {
                          "procedure_id": "0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9",
                          "name": "align mirror M1",
                          "kind": "alignment",
                          "status": "Completed",
                          "target_asset_ids": [],
                          "parent_run_id": null,
                          "capability_id": null,
                          "recipe_id": null,
                          "activity_logbook_id": "0193a7c2-11d3-75ee-90dc-b1bcb7276b7e",
                          "actuation_kind": "Simulated",
                          "pending_hold_reason": null
                        }""")
                .error(404, "ProcedureNotFoundError", "Procedure 0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9 not found");
    }
}
