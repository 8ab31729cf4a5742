package org.cora.tools.mcp;

import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import org.cora.application.port.Caller;
import org.cora.application.wire.InvalidRequestError;
import org.cora.domain.json.Json;
import org.cora.domain.shared.DomainError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The slice tools as MCP tool specifications. A call runs as the {@link Caller} the transport put in
 * its context under {@link #CALLER}; its result is the route's response body, as JSON text and as
 * structured content. Every failure is a tool result with {@code isError} whose content is the
 * problem details a route would answer ({@code detail}, {@code error_class}, {@code status}), never
 * a protocol error.
 */
public final class McpTools {

    /** The transport-context key of the call's {@link Caller}, or of the {@link DomainError} that refused it. */
    public static final String CALLER = Caller.class.getName();

    private static final Logger LOG = LoggerFactory.getLogger(McpTools.class);
    private static final String SUFFIX = "Tool";

    private final List<SliceTool> tools;
    private final ToIntFunction<DomainError> statuses;

    /** {@code statuses} gives each named error the HTTP status its route would answer. */
    public McpTools(List<SliceTool> tools, ToIntFunction<DomainError> statuses) {
        this.tools = tools.stream().sorted(Comparator.comparing(t -> nameOf(t.getClass()))).toList();
        this.statuses = statuses;
    }

    public List<SyncToolSpecification> specifications() {
        return tools.stream().map(this::specification).toList();
    }

    /** The slice's name in snake_case: {@code ConductOrHoldProcedureTool} is {@code conduct_or_hold_procedure}. */
    public static String nameOf(Class<?> tool) {
        return nameOf(tool.getSimpleName());
    }

    /** The tool name of the class named {@code simpleName} ({@code <Slice>Tool}). */
    public static String nameOf(String simpleName) {
        if (!simpleName.endsWith(SUFFIX) || simpleName.length() == SUFFIX.length()) {
            throw new IllegalArgumentException(simpleName + " is not named <Slice>" + SUFFIX);
        }
        String stem = simpleName.substring(0, simpleName.length() - SUFFIX.length());
        return stem.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private SyncToolSpecification specification(SliceTool tool) {
        ToolSpec spec = tool.spec();
        Tool described = Tool.builder().name(nameOf(tool.getClass())).description(spec.description())
                .inputSchema(spec.inputSchema()).build();
        return SyncToolSpecification.builder().tool(described)
                .callHandler((exchange, request) -> call(tool, exchange.transportContext(), request.arguments()))
                .build();
    }

    /** Runs {@code tool} with {@code arguments} as the context's caller; never throws. */
    public CallToolResult call(SliceTool tool, McpTransportContext context, Map<String, Object> arguments) {
        try {
            ToolSpec spec = tool.spec();
            ToolCall call = new ToolCall(spec, checked(spec, arguments), callerOf(context));
            Map<String, Object> result = tool.call(call);
            return CallToolResult.builder().addTextContent(Json.of(result).toJsonText()).structuredContent(result)
                    .isError(false).build();
        } catch (DomainError refused) {
            int status = statuses.applyAsInt(refused);
            if (status >= 500) {
                LOG.error("{} answered {} to MCP tool {}", refused.errorClass(), status, nameOf(tool.getClass()),
                        refused);
            }
            return problem(status, refused.errorClass(), refused.getMessage());
        } catch (RuntimeException unexpected) {
            LOG.error("unexpected failure in MCP tool {}", nameOf(tool.getClass()), unexpected);
            return problem(500, "InternalError", "internal error (" + unexpected.getClass().getSimpleName()
                    + "); the service log has the details");
        }
    }

    private static Json.Obj checked(ToolSpec spec, Map<String, Object> arguments) {
        Json.Obj given = arguments == null ? Json.Obj.EMPTY : (Json.Obj) Json.of(arguments);
        TreeSet<String> allowed = new TreeSet<>(spec.ids());
        if (spec.hasBody()) {
            allowed.add("body");
        }
        for (String name : given.fields().keySet()) {
            if (!allowed.contains(name)) {
                throw new InvalidRequestError("unknown argument '" + name + "' (allowed: " + allowed + ")");
            }
        }
        return given;
    }

    private static Caller callerOf(McpTransportContext context) {
        Object known = context == null ? null : context.get(CALLER);
        if (known instanceof Caller caller) {
            return caller;
        }
        if (known instanceof DomainError refused) {
            throw refused;
        }
        throw new IllegalStateException("the MCP transport named no caller: its context extractor must put one "
                + "under McpTools.CALLER");
    }

    private static CallToolResult problem(int status, String errorClass, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:cora:error:" + errorClass);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("error_class", errorClass);
        return CallToolResult.builder().addTextContent(Json.of(problem).toJsonText()).structuredContent(problem)
                .isError(true).build();
    }
}
