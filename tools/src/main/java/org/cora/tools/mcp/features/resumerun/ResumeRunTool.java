package org.cora.tools.mcp.features.resumerun;

import java.util.Map;
import org.cora.application.features.resumerun.ResumeRunHandler;
import org.cora.domain.features.resumerun.ResumeRunCommand;
import org.cora.domain.run.RunId;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/** The {@code resume_run} tool: {@code POST /runs/{id}/resume} over MCP, the same handler and the same result. */
public final class ResumeRunTool implements SliceTool {

    private final ResumeRunHandler handler;

    public ResumeRunTool(ResumeRunHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("Resume a held Run. Returns {}.")
                .id("run_id");
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        RunId id = new RunId(call.id("run_id"));
        handler.handle(new ResumeRunCommand(id), call.caller());
        return Map.of();
    }
}
