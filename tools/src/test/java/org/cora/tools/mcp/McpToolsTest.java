package org.cora.tools.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cora.application.port.Caller;
import org.cora.application.wire.MalformedRequestError;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.cora.domain.shared.UnauthorizedError;
import org.junit.jupiter.api.Test;

class McpToolsTest {

    private static final Caller ADA = new Caller("operator:ada", UUID.fromString("0190a000-0000-7000-8000-000000000001"));
    private static final McpTransportContext AS_ADA = McpTransportContext.create(Map.of(McpTools.CALLER, ADA));

    /** Echoes what it was called with, or fails as told. */
    static final class EchoProcedureTool implements SliceTool {

        @Override
        public ToolSpec spec() {
            return ToolSpec.describedAs("echo").id("procedure_id").body(BodyField.text("reason", "why").required(),
                    BodyField.integer("count", "how many"));
        }

        @Override
        public Map<String, Object> call(ToolCall call) {
            String reason = call.body().requiredString("reason");
            if (reason.equals("boom")) {
                throw new IllegalStateException("internal detail that must not leak");
            }
            if (reason.equals("deny")) {
                throw new UnauthorizedError("operator:ada", "EchoProcedure", "not in the policy");
            }
            return Map.of("procedure_id", call.id("procedure_id").toString(), "principal", call.caller().principal());
        }
    }

    private final McpTools tools = new McpTools(List.of(new EchoProcedureTool()),
            error -> error instanceof UnauthorizedError ? 403 : error instanceof MalformedRequestError ? 400 : 422);
    private final SliceTool echo = new EchoProcedureTool();

    @Test
    void aToolIsNamedAfterItsSliceInSnakeCase() {
        assertThat(McpTools.nameOf("ConductOrHoldProcedureTool")).isEqualTo("conduct_or_hold_procedure");
        assertThat(McpTools.nameOf("GetProcedureResumePointTool")).isEqualTo("get_procedure_resume_point");
        assertThat(tools.specifications()).extracting(s -> s.tool().name()).containsExactly("echo_procedure");
        assertThatThrownBy(() -> McpTools.nameOf("ConductProcedure")).hasMessageContaining("<Slice>Tool");
    }

    @Test
    void theInputSchemaHasTheIdsAndTheBodyWithItsRequiredFields() {
        assertThat(Json.of(echo.spec().inputSchema())).isEqualTo(JsonParser.parse("""
                {"type": "object",
                 "properties": {
                   "procedure_id": {"type": "string", "format": "uuid"},
                   "body": {"type": "object",
                            "properties": {"reason": {"type": "string", "description": "why"},
                                           "count": {"type": "integer", "minimum": 0, "description": "how many"}},
                            "required": ["reason"], "additionalProperties": false}},
                 "required": ["procedure_id", "body"], "additionalProperties": false}"""));
    }

    @Test
    void aCallRunsAsTheCallerOfTheTransportContext() {
        String id = UUID.randomUUID().toString();

        CallToolResult result = tools.call(echo, AS_ADA, Map.of("procedure_id", id, "body", Map.of("reason", "r")));

        assertThat(result.isError()).isFalse();
        assertThat(result.structuredContent()).isEqualTo(Map.of("procedure_id", id, "principal", "operator:ada"));
        assertThat(text(result)).isEqualTo(Json.of(Map.of("procedure_id", id, "principal", "operator:ada")));
    }

    @Test
    void everyFailureIsAToolResultWithProblemDetails() {
        String id = UUID.randomUUID().toString();

        assertProblem(tools.call(echo, AS_ADA, Map.of("procedure_id", "nope", "body", Map.of("reason", "r"))), 400,
                "MalformedRequestError", "procedure_id must be a UUID, got 'nope'");
        assertProblem(tools.call(echo, AS_ADA, Map.of("procedure_id", id)), 422, "InvalidRequestError",
                "reason is required");
        assertProblem(tools.call(echo, AS_ADA, Map.of("procedure_id", id, "body", List.of())), 422,
                "InvalidRequestError", "request body must be a JSON object");
        assertProblem(tools.call(echo, AS_ADA, Map.of("procedure_id", id, "reason", "r")), 422,
                "InvalidRequestError", "unknown argument 'reason' (allowed: [body, procedure_id])");
        assertProblem(tools.call(echo, AS_ADA, Map.of("procedure_id", id, "body", Map.of("reason", "deny"))), 403,
                "UnauthorizedError", "may not EchoProcedure");
        assertProblem(tools.call(echo, AS_ADA, Map.of("procedure_id", id, "body", Map.of("reason", "boom"))), 500,
                "InternalError", "internal error (IllegalStateException); the service log has the details");
        assertProblem(tools.call(echo, McpTransportContext.create(Map.of(McpTools.CALLER,
                        new MalformedRequestError("X-Cora-Principal must be 1..200 printable characters"))),
                Map.of("procedure_id", id, "body", Map.of("reason", "r"))), 400, "MalformedRequestError",
                "X-Cora-Principal");
        assertProblem(tools.call(echo, McpTransportContext.EMPTY, Map.of("procedure_id", id,
                "body", Map.of("reason", "r"))), 500, "InternalError", "IllegalStateException");
    }

    private static void assertProblem(CallToolResult result, int status, String errorClass, String detail) {
        assertThat(result.isError()).isTrue();
        Json.Obj problem = (Json.Obj) text(result);
        assertThat(problem.get("status")).contains(Json.num(status));
        assertThat(problem.get("error_class")).contains(Json.str(errorClass));
        assertThat(((Json.Str) problem.get("detail").orElseThrow()).value()).contains(detail);
        assertThat(Json.of(result.structuredContent())).isEqualTo(problem);
    }

    private static Json text(CallToolResult result) {
        return JsonParser.parse(((TextContent) result.content().getFirst()).text());
    }
}
