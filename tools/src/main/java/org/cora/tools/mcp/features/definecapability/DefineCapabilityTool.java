package org.cora.tools.mcp.features.definecapability;

import java.util.Map;
import org.cora.application.features.definecapability.DefineCapabilityHandler;
import org.cora.application.wire.RequestBody;
import org.cora.domain.capability.CapabilityId;
import org.cora.domain.features.definecapability.DefineCapabilityCommand;
import org.cora.tools.mcp.BodyField;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/** The {@code define_capability} tool: {@code POST /capabilities} over MCP, the same handler and the same result. */
public final class DefineCapabilityTool implements SliceTool {

    private final DefineCapabilityHandler handler;

    public DefineCapabilityTool(DefineCapabilityHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("Define a Capability: a named operation with a JSON Schema for its parameters "
                + "and the executor shapes that may run it. Returns {capability_id}.")
                .body(BodyField.text("code", "a dotted lower-case name, e.g. beamline.camera.expose").required(),
                        BodyField.text("name", "its human name").required(),
                        BodyField.object("parameters_schema", "JSON Schema of the bindings a Recipe "
                                + "for it takes").required(),
                        BodyField.texts("executor_shapes", "which executors may run it: Procedure, "
                                + "Method").required());
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        RequestBody body = call.body();
        CapabilityId id = handler.handle(new DefineCapabilityCommand(body.requiredString("code"),
                body.requiredString("name"), body.requiredObject("parameters_schema"),
                body.requiredStringList("executor_shapes")), call.caller());
        return Map.of("capability_id", id.toString());
    }
}
