package org.cora.adapters.http.features.bindassetcontrol;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link BindAssetControlRoute}. */
@Component
final class BindAssetControlDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(BindAssetControlRoute.class, "Bind an Asset to its control addresses")
                .description("Setpoints on the Asset are written to setpoint_address and read back from "
                        + "readback_address.")
                .request("a motor and its readback", """
                        {"setpoint_address": "sim:m1", "readback_address": "sim:m1.RBV"}""")
                .noContent(204, "bound")
                .error(404, "AssetNotFoundError", "Asset 0193a7c2-3db0-71d0-bfea-d7514e06094d not found")
                .error(409, "AssetDecommissionedError",
                        "Asset 0193a7c2-3db0-71d0-bfea-d7514e06094d is Decommissioned; nothing more may change on "
                                + "it")
                .error(400, "InvalidAssetControlBindingError", "setpoint_address must be 1..200 characters, got ''");
    }
}
