package org.cora.tools.mcp.features.listprocedures;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cora.application.features.listprocedures.ListProceduresHandler;
import org.cora.application.features.listprocedures.ListProceduresPage;
import org.cora.application.features.listprocedures.ListProceduresParameters;
import org.cora.application.wire.JsonViews;
import org.cora.domain.json.Json;
import org.cora.tools.mcp.BodyField;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/** The {@code list_procedures} tool: {@code GET /procedures} over MCP, the filters as arguments. */
public final class ListProceduresTool implements SliceTool {

    private final ListProceduresHandler handler;

    public ListProceduresTool(ListProceduresHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("One page of the Procedure list in registration order, from the list read "
                + "model (it follows the events with a short lag). Pass next_cursor back as cursor for the next "
                + "page. Returns {items, next_cursor}.")
                .body(BodyField.text("status", "only Procedures in this status (Defined, Running, Held, ...)"),
                        BodyField.text("kind", "only Procedures of this kind"),
                        BodyField.uuid("target_asset_id", "only Procedures targeting this asset"),
                        BodyField.uuid("parent_run_id", "only Procedures of this Run"),
                        BodyField.text("cursor", "next_cursor of the previous page"),
                        BodyField.integer("limit", "1 to 100, default 50"));
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        Map<String, String> parameters = new LinkedHashMap<>();
        call.body().asJson().fields().forEach((name, value) -> {
            if (value != Json.NULL) {
                parameters.put(name, value instanceof Json.Str text ? text.value() : value.toJsonText());
            }
        });
        ListProceduresPage page = handler.handle(ListProceduresParameters.parse(parameters), call.caller());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("items", page.items().stream().map(JsonViews::procedureSummary).toList());
        result.put("next_cursor", page.nextCursor().orElse(null));
        return result;
    }
}
