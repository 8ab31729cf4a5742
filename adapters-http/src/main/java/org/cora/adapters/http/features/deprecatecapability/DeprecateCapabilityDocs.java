package org.cora.adapters.http.features.deprecatecapability;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link DeprecateCapabilityRoute}. */
@Component
final class DeprecateCapabilityDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(DeprecateCapabilityRoute.class, "Deprecate a Capability")
                .description("Optionally naming its replacement; Procedures bound to it can no longer be conducted.")
                .request("replaced", """
                        {"replaced_by_capability_id": "0193a7c2-58b0-7596-9da1-956e37f35419"}""")
                .request("without replacement", """
                        {}""")
                .noContent(204, "deprecated")
                .error(404, "CapabilityNotFoundError", "Capability 0193a7c2-58b0-7596-9da1-956e37f35418 not found")
                .error(409, "CapabilityCannotDeprecateError",
                        "Capability 0193a7c2-58b0-7596-9da1-956e37f35418 is already Deprecated");
    }
}
