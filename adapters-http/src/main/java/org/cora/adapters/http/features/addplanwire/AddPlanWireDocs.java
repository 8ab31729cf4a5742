package org.cora.adapters.http.features.addplanwire;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link AddPlanWireRoute}. */
@Component
final class AddPlanWireDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(AddPlanWireRoute.class, "Wire two Assets in a Plan")
                .description("From an Output port to an Input port carrying the same signal type.")
                .request("energy to the monochromator", """
                        {
                          "source_asset_id": "0193a7c2-3db0-71d0-bfea-d7514e06094d",
                          "source_port_name": "out",
                          "target_asset_id": "0193a7c2-3ed9-7333-a97e-8ab620351f28",
                          "target_port_name": "in"
                        }""")
                .noContent(204, "wired")
                .error(404, "PlanNotFoundError", "Plan 0193a7c2-4184-77cb-9d83-de42ec621abf not found")
                .error(400, "InvalidPlanWireError", "source_asset_id is required")
                .error(409, "PlanWireAssetNotInPlanError",
                        "Asset 0193a7c2-3ed9-7333-a97e-8ab620351f28 is not in Plan "
                                + "0193a7c2-4184-77cb-9d83-de42ec621abf")
                .error(409, "PlanWirePortNotFoundError",
                        "Asset 0193a7c2-3ed9-7333-a97e-8ab620351f28 has no port named 'in'")
                .error(409, "PlanWireDirectionError", "a wire runs from an Output port to an Input port")
                .error(409, "PlanWireAlreadyExistsError",
                        "Plan 0193a7c2-4184-77cb-9d83-de42ec621abf already has this wire");
    }
}
