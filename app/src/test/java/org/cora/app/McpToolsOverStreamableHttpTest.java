package org.cora.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.cora.tools.mcp.McpTools;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;

/** The MCP Java client against the real server: the tools, a conduct on the demo beamline, and refusals. */
class McpToolsOverStreamableHttpTest extends CoraServerTest {

    private static final String PRINCIPAL = "operator:grace";

    private McpSyncClient mcp;

    @BeforeEach
    void connectTheMcpClient() {
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport
                .builder("http://127.0.0.1:" + port)
                .endpoint("/mcp")
                .requestBuilder(HttpRequest.newBuilder().header("X-Cora-Principal", PRINCIPAL))
                .build();
        mcp = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60)).build();
        mcp.initialize();
    }

    @AfterEach
    void disconnect() {
        mcp.closeGracefully();
    }

    @Test
    void everySliceIsAToolNamedAfterItWithAnObjectSchema() {
        List<Tool> tools = mcp.listTools().tools();

        assertThat(tools).extracting(Tool::name).containsExactlyInAnyOrderElementsOf(sliceNamesInSnakeCase());
        assertThat(tools).extracting(Tool::name).contains("register_procedure", "conduct_procedure",
                "conduct_or_hold_procedure", "conduct_from_procedure", "get_procedure_activities");
        assertThat(tools).allSatisfy(tool -> {
            assertThat(tool.description()).as(tool.name()).isNotBlank();
            assertThat(tool.inputSchema()).as(tool.name()).containsEntry("type", "object")
                    .containsEntry("additionalProperties", false);
        });
        Tool conduct = tools.stream().filter(t -> t.name().equals("conduct_procedure")).findFirst().orElseThrow();
        Json.Obj schema = (Json.Obj) Json.of(conduct.inputSchema());
        assertThat(((Json.Obj) field(schema, "properties")).fields()).containsOnlyKeys("procedure_id", "body");
        assertThat(field(schema, "required")).isEqualTo(Json.of(List.of("procedure_id")));
    }

    @Test
    void aProcedureRegisteredAndConductedOverMcpJournalsItsStepsAsTheCaller() {
        Json.Obj registered = success(call("register_procedure",
                Map.of("body", Map.of("name", "align over MCP", "kind", "alignment"))));
        String id = text(registered, "procedure_id");

        Json.Obj conducted = success(call("conduct_procedure", Map.of("procedure_id", id, "body", Map.of("steps", List.of(
                Map.of("kind", "setpoint", "address", "sim:m1", "value", 12.5),
                Map.of("kind", "setpoint", "address", "sim:cam:exposure", "value", 0.25),
                Map.of("kind", "check", "address", "sim:m1.RBV",
                        "criterion", Map.of("kind", "within_tolerance", "expected", 12.5, "tolerance", 0.01)))))));

        assertThat(conducted.get("succeeded")).contains(Json.bool(true));
        assertThat(conducted.get("completed_count")).contains(Json.num(3));
        assertThat(conducted.get("failure")).contains(Json.NULL);
        assertThat(conducted.get("actuation_kind")).contains(Json.str("Simulated"));

        Json.Obj journal = success(call("get_procedure_activities", Map.of("procedure_id", id)));
        List<Json> rows = ((Json.Arr) field(journal, "items")).items();
        assertThat(rows).extracting(r -> field(field(r, "payload"), "step_index"))
                .containsExactly(Json.num(0), Json.num(0), Json.num(1), Json.num(1), Json.num(2));
        assertThat(rows).extracting(r -> text(field(r, "payload"), "result"))
                .containsExactly("in_flight", "ok", "in_flight", "ok", "ok");
        assertThat(rows).allSatisfy(r -> assertThat(text(r, "actor_id")).isEqualTo(PRINCIPAL));
        assertThat(journal).as("the same shape as the route's").isEqualTo(http.get("/procedures/" + id + "/activities").json());

        assertThat(text(success(call("get_procedure", Map.of("procedure_id", id))), "status")).isEqualTo("Completed");
        assertThat(eventTypes(id)).containsExactly("ProcedureRegistered", "ResolvedStepsRecorded", "ProcedureStarted",
                "ProcedureActivitiesLogbookOpened", "ProcedureCompleted");
    }

    @Test
    void aStepThatFailsIsInTheResultNotAnError() {
        String id = text(success(call("register_procedure", Map.of("body", Map.of("name", "offline", "kind", "x")))),
                "procedure_id");

        Json.Obj conducted = success(call("conduct_procedure", Map.of("procedure_id", id,
                "body", Map.of("steps", List.of(Map.of("kind", "setpoint", "address", "sim:offline", "value", 1))))));

        assertThat(conducted.get("succeeded")).contains(Json.bool(false));
        assertThat(text(field(conducted, "failure"), "error_class")).isEqualTo("ControlNotConnectedError");
    }

    @Test
    void refusalsAreToolErrorsCarryingProblemDetails() {
        String unknown = UUID.randomUUID().toString();

        assertProblem(call("conduct_procedure", Map.of("procedure_id", unknown, "body", Map.of("steps", List.of()))),
                404, "ProcedureNotFoundError", unknown);
        assertProblem(call("get_procedure", Map.of("procedure_id", "not-a-uuid")), 400, "MalformedRequestError",
                "procedure_id must be a UUID");
        assertProblem(call("register_procedure", Map.of("body", Map.of("kind", "alignment"))), 422,
                "InvalidRequestError", "name is required");
        assertProblem(call("register_procedure", Map.of("body", Map.of("name", "n", "kind", "k", "colour", "red"))),
                422, "InvalidRequestError", "unknown field 'colour'");
        assertProblem(call("get_procedure", Map.of("procedure_id", unknown, "verbose", true)), 422,
                "InvalidRequestError", "unknown argument 'verbose'");
        assertProblem(call("register_procedure", Map.of("body", Map.of("name", " ", "kind", "alignment"))), 400,
                "InvalidProcedureNameError", "");
    }

    private CallToolResult call(String tool, Map<String, Object> arguments) {
        return mcp.callTool(new CallToolRequest(tool, arguments));
    }

    private static Json.Obj success(CallToolResult result) {
        assertThat(result.isError()).as(contentOf(result).toJsonText()).isFalse();
        assertThat(Json.of(result.structuredContent())).isEqualTo(contentOf(result));
        return contentOf(result);
    }

    private static void assertProblem(CallToolResult result, int status, String errorClass, String detail) {
        assertThat(result.isError()).as(contentOf(result).toJsonText()).isTrue();
        Json.Obj problem = contentOf(result);
        assertThat(problem.get("status")).contains(Json.num(status));
        assertThat(text(problem, "error_class")).isEqualTo(errorClass);
        assertThat(text(problem, "detail")).contains(detail);
        assertThat(text(problem, "type")).isEqualTo("urn:cora:error:" + errorClass);
    }

    private static Json.Obj contentOf(CallToolResult result) {
        assertThat(result.content()).hasSize(1);
        return (Json.Obj) JsonParser.parse(((TextContent) result.content().getFirst()).text());
    }

    /** Every {@code org.cora.application.features.<slice>.<Slice>Handler} on the classpath, as its tool name. */
    private static Set<String> sliceNamesInSnakeCase() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new RegexPatternTypeFilter(
                java.util.regex.Pattern.compile("org\\.cora\\.application\\.features\\.[a-z]+\\.[A-Za-z]+Handler")));
        Set<String> names = new TreeSet<>();
        scanner.findCandidateComponents("org.cora.application.features").forEach(handler -> {
            String simple = handler.getBeanClassName().substring(handler.getBeanClassName().lastIndexOf('.') + 1);
            names.add(McpTools.nameOf(simple.replaceFirst("Handler$", "Tool")));
        });
        assertThat(names).hasSizeGreaterThan(30);
        return names;
    }
}
