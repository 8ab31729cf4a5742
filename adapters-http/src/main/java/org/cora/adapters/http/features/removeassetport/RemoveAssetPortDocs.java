package org.cora.adapters.http.features.removeassetport;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link RemoveAssetPortRoute}. */
@Component
final class RemoveAssetPortDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(RemoveAssetPortRoute.class, "Remove a port from an Asset")
                .description("By name: in the path (DELETE) or in the body (POST .../ports/remove).")
                .request("by name", """
                        {"name": "spare"}""")
                .noContent(204, "removed")
                .error(404, "AssetNotFoundError", "Asset 0193a7c2-3db0-71d0-bfea-d7514e06094d not found")
                .error(409, "AssetDecommissionedError",
                        "Asset 0193a7c2-3db0-71d0-bfea-d7514e06094d is Decommissioned; nothing more may change on "
                                + "it")
                .error(404, "AssetPortNotFoundError",
                        "Asset 0193a7c2-3db0-71d0-bfea-d7514e06094d has no port named 'spare'");
    }
}
