package org.cora.adapters.http.features.removeplanwire;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link RemovePlanWireRoute}. */
@Component
final class RemovePlanWireDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(RemovePlanWireRoute.class, "Remove a wire from a Plan")
                .description("DELETE with the wire as body, or POST .../wires/remove.")
                .request("the wire", """
                        {
                          "source_asset_id": "0193a7c2-3db0-71d0-bfea-d7514e06094d",
                          "source_port_name": "out",
                          "target_asset_id": "0193a7c2-3ed9-7333-a97e-8ab620351f28",
                          "target_port_name": "in"
                        }""")
                .noContent(204, "removed")
                .error(404, "PlanNotFoundError", "Plan 0193a7c2-4184-77cb-9d83-de42ec621abf not found")
                .error(404, "PlanWireNotFoundError", "Plan 0193a7c2-4184-77cb-9d83-de42ec621abf has no such wire");
    }
}
