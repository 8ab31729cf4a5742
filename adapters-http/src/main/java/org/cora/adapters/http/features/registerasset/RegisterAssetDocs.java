package org.cora.adapters.http.features.registerasset;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link RegisterAssetRoute}. */
@Component
final class RegisterAssetDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(RegisterAssetRoute.class, "Register an Asset")
                .description("A motor, a detector or a pseudo-axis, with its ports.")
                .request("an Asset with a port", """
                        {
                          "name": "energy",
                          "ports": [{"name": "out", "direction": "Output", "signal_type": "energy"}]
                        }""")
                .response(201, "created; Location names it", """
                        {"asset_id": "0193a7c2-3db0-71d0-bfea-d7514e06094d"}""")
                .error(400, "InvalidAssetNameError", "Asset name must be 1..200 characters after trimming, got ''")
                .error(400, "InvalidAssetPortError", "port direction must be Input or Output, got 'IN'")
                .error(409, "AssetAlreadyExistsError", "Asset 0193a7c2-3db0-71d0-bfea-d7514e06094d already exists");
    }
}
