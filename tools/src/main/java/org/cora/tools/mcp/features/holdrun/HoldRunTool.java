package org.cora.tools.mcp.features.holdrun;

import java.util.Map;
import org.cora.application.features.holdrun.HoldRunHandler;
import org.cora.domain.features.holdrun.HoldRunCommand;
import org.cora.domain.run.RunId;
import org.cora.tools.mcp.BodyField;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/** The {@code hold_run} tool: {@code POST /runs/{id}/hold} over MCP, the same handler and the same result. */
public final class HoldRunTool implements SliceTool {

    private final HoldRunHandler handler;

    public HoldRunTool(HoldRunHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("Hold a Run, with a reason; its Procedures cannot resume while it is held. "
                + "Returns {}.")
                .id("run_id")
                .body(BodyField.text("reason", "why it is held").required());
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        RunId id = new RunId(call.id("run_id"));
        handler.handle(new HoldRunCommand(id, call.body().optionalString("reason").orElse(null)), call.caller());
        return Map.of();
    }
}
