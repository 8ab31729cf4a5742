package org.cora.app;

import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.jackson3.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import java.util.List;
import java.util.Map;
import org.cora.adapters.http.ProblemMapping;
import org.cora.adapters.http.RequestCaller;
import org.cora.domain.shared.DomainError;
import org.cora.tools.mcp.McpTools;
import org.cora.tools.mcp.SliceTool;
import org.springframework.ai.mcp.customizer.McpSyncServerCustomizer;
import org.springframework.ai.mcp.server.common.autoconfigure.properties.McpServerStreamableHttpProperties;
import org.springframework.ai.mcp.server.webmvc.transport.WebMvcStreamableServerTransportProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.json.JsonMapper;

/**
 * The MCP server on {@code /mcp} (Streamable HTTP, Spring AI's WebMVC starter): one tool per slice,
 * each {@code org.cora.tools.mcp.features.<slice>.<Slice>Tool} found by its type and given its
 * handler. A tool call runs as the caller its HTTP request names, read by the same
 * {@link RequestCaller} the routes use, so the principal and correlation id come from the same
 * headers (and from whatever authenticates the request before it reaches {@code /mcp}).
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackages = "org.cora.tools.mcp.features", useDefaultFilters = false,
        includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = SliceTool.class))
class McpWiring {

    @Bean
    List<SyncToolSpecification> coraTools(List<SliceTool> tools) {
        return new McpTools(tools, McpWiring::statusOf).specifications();
    }

    /**
     * The starter's transport, plus the caller of each request in its context. A principal header the
     * routes would refuse is carried along as the refusal, so the tool answers it as a tool error.
     */
    @Bean
    WebMvcStreamableServerTransportProvider webMvcStreamableServerTransportProvider(
            @Qualifier("mcpServerJsonMapper") JsonMapper json, McpServerStreamableHttpProperties properties,
            RequestCaller callers) {
        return WebMvcStreamableServerTransportProvider.builder()
                .jsonMapper(new JacksonMcpJsonMapper(json))
                .mcpEndpoint(properties.getMcpEndpoint())
                .keepAliveInterval(properties.getKeepAliveInterval())
                .disallowDelete(properties.isDisallowDelete())
                .contextExtractor(request -> {
                    try {
                        return McpTransportContext.create(Map.of(McpTools.CALLER, callers.of(request.servletRequest())));
                    } catch (DomainError refused) {
                        return McpTransportContext.create(Map.of(McpTools.CALLER, refused));
                    }
                })
                .build();
    }

    /**
     * Replaces the starter's servlet customizer (hence primary): calls still run on the request's
     * thread, and the SDK's own JSON Schema check of the arguments is off, so that a malformed call is
     * refused by the same strict reading as a route and answered with problem details.
     */
    @Bean
    @Primary
    McpSyncServerCustomizer coraMcpServer() {
        return server -> server.immediateExecution(true).validateToolInputs(false);
    }

    private static int statusOf(DomainError error) {
        return ProblemMapping.statusOf(error).orElse(500);
    }
}
