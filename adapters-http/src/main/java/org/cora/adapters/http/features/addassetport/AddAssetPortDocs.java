package org.cora.adapters.http.features.addassetport;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link AddAssetPortRoute}. */
@Component
final class AddAssetPortDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(AddAssetPortRoute.class, "Add a port to an Asset")
                .request("an Output port", """
                        {"name": "spare", "direction": "Output", "signal_type": "energy"}""")
                .noContent(204, "added")
                .error(404, "AssetNotFoundError", "Asset 0193a7c2-3db0-71d0-bfea-d7514e06094d not found")
                .error(409, "AssetDecommissionedError",
                        "Asset 0193a7c2-3db0-71d0-bfea-d7514e06094d is Decommissioned; nothing more may change on "
                                + "it")
                .error(400, "InvalidAssetPortError", "port direction must be Input or Output, got 'IN'")
                .error(409, "AssetPortAlreadyExistsError",
                        "Asset 0193a7c2-3db0-71d0-bfea-d7514e06094d already has a port named 'spare'");
    }
}
