package org.cora.adapters.http.features.getplan;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link GetPlanRoute}. */
@Component
final class GetPlanDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(GetPlanRoute.class, "A Plan, its Assets and wires")
                .response(200, "the Plan", """
                        {
                          "plan_id": "0193a7c2-4184-77cb-9d83-de42ec621abf",
                          "asset_ids": [
                            "0193a7c2-3db0-71d0-bfea-d7514e06094d",
                            "0193a7c2-3ed9-7333-a97e-8ab620351f28"
                          ],
                          "wires": [
                            {
                              "source_asset_id": "0193a7c2-3db0-71d0-bfea-d7514e06094d",
                              "source_port_name": "out",
                              "target_asset_id": "0193a7c2-3ed9-7333-a97e-8ab620351f28",
                              "target_port_name": "in"
                            }
                          ]
                        }""")
                .error(404, "PlanNotFoundError", "Plan 0193a7c2-4184-77cb-9d83-de42ec621abf not found");
    }
}
