package org.cora.tools.mcp.features.getrun;

import java.util.Map;
import org.cora.application.features.getrun.GetRunHandler;
import org.cora.application.features.getrun.GetRunQuery;
import org.cora.application.wire.EquipmentViews;
import org.cora.domain.run.RunId;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/** The {@code get_run} tool: {@code GET /runs/{id}} over MCP, the same handler and the same result. */
public final class GetRunTool implements SliceTool {

    private final GetRunHandler handler;

    public GetRunTool(GetRunHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("The Run: its Plan, status and hold reason.")
                .id("run_id");
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        RunId id = new RunId(call.id("run_id"));
        return EquipmentViews.run(handler.handle(new GetRunQuery(id), call.caller()));
    }
}
