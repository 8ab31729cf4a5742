package org.cora.tools.mcp;

import java.util.Map;

/**
 * The MCP face of one slice: {@code <Slice>Tool} in {@code org.cora.tools.mcp.features.<slice>}, named
 * after the slice in snake_case ({@code ConductProcedureTool} is {@code conduct_procedure}). It calls
 * the slice's handler, the one its route calls, and answers what the route answers.
 */
public interface SliceTool {

    /** What the tool does and which arguments it takes. */
    ToolSpec spec();

    /**
     * Runs the slice for {@code call}. Returns the route's response body ({@code {}} where the route
     * answers 204); a refusal is thrown as the same named error the route would map to a status.
     */
    Map<String, Object> call(ToolCall call);
}
