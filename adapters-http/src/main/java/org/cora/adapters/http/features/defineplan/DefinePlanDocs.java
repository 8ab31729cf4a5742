package org.cora.adapters.http.features.defineplan;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link DefinePlanRoute}. */
@Component
final class DefinePlanDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(DefinePlanRoute.class, "Define a Plan")
                .description("Over a set of Assets; its wires say which Asset drives which.")
                .request("two Assets", """
                        {
                          "asset_ids": [
                            "0193a7c2-3db0-71d0-bfea-d7514e06094d",
                            "0193a7c2-3ed9-7333-a97e-8ab620351f28"
                          ]
                        }""")
                .response(201, "created; Location names it", """
                        {"plan_id": "0193a7c2-4184-77cb-9d83-de42ec621abf"}""")
                .error(400, "InvalidPlanAssetsError", "asset_ids must name at least one Asset, each once")
                .error(409, "PlanAlreadyExistsError", "Plan 0193a7c2-4184-77cb-9d83-de42ec621abf already exists");
    }
}
