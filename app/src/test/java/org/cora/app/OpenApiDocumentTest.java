package org.cora.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cora.adapters.http.ProblemMapping;
import org.cora.adapters.http.openapi.OpenApiDocs;
import org.cora.domain.json.Json;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The OpenAPI document the running server serves documents every route it maps. */
class OpenApiDocumentTest extends CoraServerTest {

    private static final Pattern PATH_ID = Pattern.compile("\\{[A-Za-z]+Id}");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** One route mapping: its path, its HTTP method and whether it reads a body. */
    record Mapping(String path, RequestMethod method, boolean readsBody, String route) {

        @Override
        public String toString() {
            return method + " " + path + " (" + route + ")";
        }
    }

    @Test
    void theDocumentAndTheUiAreServed() {
        HttpSession.Reply document = http.get("/v3/api-docs");
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.contentType()).startsWith("application/json");
        assertThat(text(document.json(), "openapi")).startsWith("3.");
        assertThat(text(field(document.json(), "info"), "title")).isEqualTo("Cora");
        assertThat(((Json.Obj) field(document.json(), "paths")).fields()).doesNotContainKey("/mcp");
        assertThat(field(field(field(document.json(), "components"), "schemas"), "Problem")).isNotNull();

        HttpSession.Reply ui = http.get("/swagger-ui/index.html");
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
        assertThat(http.get("/swagger-ui.html").status()).isIn(200, 302);
    }

    @Test
    void everyRouteHasADocumentedOperationWithExamplesAndItsErrorStatuses() {
        Json.Obj paths = (Json.Obj) field(http.get("/v3/api-docs").json(), "paths");
        List<Mapping> routes = routeMappings();
        assertThat(routes).hasSizeGreaterThan(40);

        List<String> problems = new ArrayList<>();
        for (Mapping route : routes) {
            Optional<Json.Obj> operation = paths.get(route.path())
                    .flatMap(item -> ((Json.Obj) item).get(route.method().name().toLowerCase()))
                    .map(Json.Obj.class::cast);
            if (operation.isEmpty()) {
                problems.add(route + ": no operation in /v3/api-docs");
                continue;
            }
            problems.addAll(problemsOf(route, operation.get()).stream().map(p -> route + ": " + p).toList());
        }
        assertThat(problems).as("add or complete the route's <Slice>Docs beside it (RouteDocs)").isEmpty();
    }

    @Test
    void operationIdsAreTheSliceNamesTheMcpToolsUse() {
        Json.Obj conduct = (Json.Obj) field(field(field(http.get("/v3/api-docs").json(), "paths"),
                "/procedures/{procedureId}/conduct"), "post");
        assertThat(text(conduct, "operationId")).isEqualTo("conduct_procedure");
        assertThat(text(conduct, OpenApiDocs.SLICE)).isEqualTo("conduct_procedure");
        Json.Obj removeByPath = (Json.Obj) field(field(field(http.get("/v3/api-docs").json(), "paths"),
                "/assets/{assetId}/ports/{portName}"), "delete");
        assertThat(text(removeByPath, "operationId")).isEqualTo("remove_asset_port_delete");
    }

    private static List<String> problemsOf(Mapping route, Json.Obj operation) {
        List<String> problems = new ArrayList<>();
        if (operation.get(OpenApiDocs.SLICE).isEmpty()) {
            return List.of("undocumented (no " + OpenApiDocs.SLICE + ")");
        }
        if (operation.get("summary").map(s -> ((Json.Str) s).value().isBlank()).orElse(true)) {
            problems.add("no summary");
        }
        if (route.readsBody() && examples(operation.get("requestBody").orElse(Json.Obj.EMPTY), "application/json")
                .isEmpty()) {
            problems.add("a body but no request example");
        }
        Json.Obj responses = (Json.Obj) operation.get("responses").orElse(Json.Obj.EMPTY);
        if (responses.fields().keySet().stream().noneMatch(code -> code.startsWith("2"))) {
            problems.add("no success response");
        }
        List<String> expected = new ArrayList<>(List.of("403", "500"));
        if (PATH_ID.matcher(route.path()).find()) {
            expected.add("400");
        }
        if (route.readsBody()) {
            expected.addAll(List.of("400", "422"));
        }
        for (String code : expected) {
            if (!responses.has(code)) {
                problems.add("no " + code + " response");
            }
        }
        responses.fields().forEach((code, response) -> {
            if (code.startsWith("2") && ((Json.Obj) response).has("content")
                    && examples(response, "application/json").isEmpty()) {
                problems.add(code + " has a body but no example");
            }
            if (code.startsWith("4") || code.startsWith("5")) {
                problems.addAll(problemsOfRefusals(Integer.parseInt(code), response));
            }
        });
        return problems;
    }

    /** Each refusal is problem details whose error_class answers exactly that status in ProblemMapping. */
    private static List<String> problemsOfRefusals(int status, Json response) {
        Map<String, Integer> statuses = ProblemMapping.statusByErrorClass().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().getSimpleName(), Map.Entry::getValue));
        statuses.put("InternalError", 500);
        List<Json> examples = examples(response, "application/problem+json");
        if (examples.isEmpty()) {
            return List.of(status + " has no application/problem+json example");
        }
        List<String> problems = new ArrayList<>();
        for (Json example : examples) {
            Json.Obj problem = (Json.Obj) field(example, "value");
            String errorClass = text(problem, "error_class");
            if (text(problem, "detail").isBlank() || !problem.get("status").orElseThrow().equals(Json.num(status))) {
                problems.add(status + " example " + errorClass + " lacks a detail or its status");
            }
            if (!Integer.valueOf(status).equals(statuses.get(errorClass))) {
                problems.add(errorClass + " is documented as " + status + " but ProblemMapping answers "
                        + statuses.get(errorClass));
            }
        }
        return problems;
    }

    private static List<Json> examples(Json holder, String mediaType) {
        return ((Json.Obj) holder).get("content")
                .flatMap(content -> ((Json.Obj) content).get(mediaType))
                .flatMap(media -> ((Json.Obj) media).get("examples"))
                .map(examples -> List.copyOf(((Json.Obj) examples).fields().values()))
                .orElse(List.of());
    }

    private List<Mapping> routeMappings() {
        List<Mapping> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            if (!handler.getBeanType().getPackageName().startsWith("org.cora.adapters.http.features.")) {
                continue;
            }
            boolean readsBody = List.of(handler.getMethodParameters()).stream()
                    .anyMatch((MethodParameter p) -> p.hasParameterAnnotation(RequestBody.class));
            for (String path : entry.getKey().getPathPatternsCondition().getPatternValues()) {
                for (RequestMethod method : entry.getKey().getMethodsCondition().getMethods()) {
                    routes.add(new Mapping(path, method, readsBody, handler.getBeanType().getSimpleName()));
                }
            }
        }
        return routes;
    }
}
