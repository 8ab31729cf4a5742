package org.cora.adapters.http.features.definecapability;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link DefineCapabilityRoute}. */
@Component
final class DefineCapabilityDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(DefineCapabilityRoute.class, "Define a Capability")
                .description("A named operation: a JSON Schema for its parameters and the executor shapes "
                        + "(Procedure, Method) that may run it.")
                .request("set the exposure", """
                        {
                          "code": "beamline.camera.expose",
                          "name": "Set the camera exposure and count",
                          "parameters_schema": {
                            "type": "object",
                            "properties": {"exposure": {"type": "number", "minimum": 0.001, "maximum": 10}},
                            "required": ["exposure"]
                          },
                          "executor_shapes": ["Procedure"]
                        }""")
                .response(201, "created; Location names it", """
                        {"capability_id": "0193a7c2-58b0-7596-9da1-956e37f35418"}""")
                .error(400, "InvalidCapabilityCodeError",
                        "Capability code must be a dotted lower-case name of 1..200 characters such as "
                                + "'cora.capability.scan', got 'set_exposure' (12 characters after trimming)")
                .error(400, "InvalidCapabilityNameError",
                        "Capability name must be 1..200 characters after trimming, got ''")
                .error(400, "InvalidCapabilityParametersSchemaError",
                        "parameters_schema is not a JSON Schema: type must be a string or an array")
                .error(400, "InvalidCapabilityExecutorShapesError",
                        "executor_shapes must name at least one of [Method, Procedure]")
                .error(409, "CapabilityAlreadyExistsError",
                        "Capability 0193a7c2-58b0-7596-9da1-956e37f35418 already exists");
    }
}
