package org.cora.adapters.http.features.changeassetlifecycle;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link ChangeAssetLifecycleRoute}. */
@Component
final class ChangeAssetLifecycleDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(ChangeAssetLifecycleRoute.class, "Move an Asset through its lifecycle")
                .description("Commissioned, Active, Maintenance, Decommissioned.")
                .request("to Active", """
                        {"lifecycle": "Active"}""")
                .noContent(204, "changed")
                .error(404, "AssetNotFoundError", "Asset 0193a7c2-3db0-71d0-bfea-d7514e06094d not found")
                .error(400, "InvalidAssetLifecycleError",
                        "lifecycle must be one of [Commissioned, Active, Maintenance, Decommissioned], got 'On'")
                .error(409, "AssetCannotChangeLifecycleError",
                        "Asset 0193a7c2-3db0-71d0-bfea-d7514e06094d cannot change from Decommissioned to Active");
    }
}
