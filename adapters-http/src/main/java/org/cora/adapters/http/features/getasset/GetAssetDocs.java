package org.cora.adapters.http.features.getasset;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link GetAssetRoute}. */
@Component
final class GetAssetDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(GetAssetRoute.class, "An Asset")
                .response(200, "the Asset", """
                        {
                          "asset_id": "0193a7c2-3db0-71d0-bfea-d7514e06094d",
                          "name": "energy",
                          "lifecycle": "Commissioned",
                          "ports": [{"name": "out", "direction": "Output", "signal_type": "energy"}],
                          "partition_rule": null,
                          "setpoint_address": null,
                          "readback_address": null
                        }""")
                .error(404, "AssetNotFoundError", "Asset 0193a7c2-3db0-71d0-bfea-d7514e06094d not found");
    }
}
