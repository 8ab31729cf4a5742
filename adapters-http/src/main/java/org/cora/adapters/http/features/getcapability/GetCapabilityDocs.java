package org.cora.adapters.http.features.getcapability;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link GetCapabilityRoute}. */
@Component
final class GetCapabilityDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(GetCapabilityRoute.class, "A Capability")
                .response(200, "the Capability", """
                        {
                          "capability_id": "0193a7c2-58b0-7596-9da1-956e37f35418",
                          "code": "beamline.camera.expose",
                          "name": "Set the camera exposure and count",
                          "parameters_schema": {
                            "type": "object",
                            "properties": {"exposure": {"type": "number", "minimum": 0.001, "maximum": 10}},
                            "required": ["exposure"]
                          },
                          "executor_shapes": ["Procedure"],
                          "status": "Versioned",
                          "version": "2",
                          "versions": ["2"],
                          "replaced_by_capability_id": null
                        }""")
                .error(404, "CapabilityNotFoundError", "Capability 0193a7c2-58b0-7596-9da1-956e37f35418 not found");
    }
}
