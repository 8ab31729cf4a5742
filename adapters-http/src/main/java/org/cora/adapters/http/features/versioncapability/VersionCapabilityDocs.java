package org.cora.adapters.http.features.versioncapability;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link VersionCapabilityRoute}. */
@Component
final class VersionCapabilityDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(VersionCapabilityRoute.class, "Give a Capability a new version tag")
                .request("version 2", """
                        {"version": "2"}""")
                .noContent(204, "versioned")
                .error(404, "CapabilityNotFoundError", "Capability 0193a7c2-58b0-7596-9da1-956e37f35418 not found")
                .error(400, "InvalidCapabilityVersionError", "version must be 1..50 characters, got ''")
                .error(409, "CapabilityCannotVersionError",
                        "Capability 0193a7c2-58b0-7596-9da1-956e37f35418 cannot be versioned from status Deprecated");
    }
}
