package org.cora.adapters.http.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cora.domain.json.JsonParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

/**
 * Fills each route's OpenAPI operation from its {@link RouteDocs}: the routes take their body as
 * text and read it strictly, so springdoc cannot infer a schema, and the docs say what the body and
 * the answers look like instead. Every operation also lists the refusals all routes share, as
 * problem details ({@code application/problem+json} with {@code detail} and {@code error_class}).
 */
@Component
public final class OpenApiDocs implements OperationCustomizer, OpenApiCustomizer {

    /** The extension naming an operation's slice; the documentation test looks for it on every route. */
    public static final String SLICE = "x-cora-slice";
    static final String PROBLEM = "application/problem+json";
    private static final String JSON = "application/json";
    private static final String EXAMPLE_ID = "0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9";
    private static final Logger LOG = LoggerFactory.getLogger(OpenApiDocs.class);

    private final Map<Class<?>, RouteDoc> docs;
    private final String version;

    public OpenApiDocs(List<RouteDocs> docs, @Value("${cora.version:dev}") String version) {
        this.docs = docs.stream().map(RouteDocs::doc).collect(Collectors.toMap(RouteDoc::route, Function.identity()));
        this.version = version;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        RouteDoc doc = docs.get(handler.getBeanType());
        if (doc == null) {
            LOG.warn("{} has no <Slice>Docs beside it: its OpenAPI operation is undocumented", handler.getBeanType());
            return operation;
        }
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        boolean query = mapping != null && List.of(mapping.method()).equals(List.of(RequestMethod.GET));
        operation.summary(doc.summary()).description(doc.description()).tags(List.of(tagOf(mapping)));
        operation.addExtension(SLICE, doc.sliceName());
        List<ErrorDoc> errors = new ArrayList<>();
        for (Parameter parameter : operation.getParameters() == null ? List.<Parameter>of() : operation.getParameters()) {
            if ("path".equals(parameter.getIn()) && parameter.getName().endsWith("Id")) {
                String name = snake(parameter.getName());
                parameter.description("the " + name.replace('_', ' ').replace(" id", "") + "'s id (a UUID)")
                        .schema(new StringSchema().format("uuid")).example(EXAMPLE_ID);
                errors.add(new ErrorDoc(400, "MalformedRequestError", name + " must be a UUID, got 'not-a-uuid'",
                        "MalformedRequestError: " + name));
            }
        }
        if (operation.getRequestBody() != null) {
            operation.requestBody(requestBody(doc));
            errors.add(new ErrorDoc(400, "MalformedRequestError",
                    "request body is not JSON: malformed JSON at character 12: expected ',' or '}'",
                    "MalformedRequestError: body"));
            errors.add(new ErrorDoc(422, "InvalidRequestError", "unknown field 'colour' (allowed: [...])"));
        }
        errors.add(new ErrorDoc(403, "UnauthorizedError",
                "Principal 'operator:ada' may not " + doc.commandName() + ": not in the policy"));
        errors.addAll(doc.errors());
        if (!query) {
            errors.add(new ErrorDoc(409, "ConcurrencyError", "the stream is at version 4, not the expected 3; "
                    + "reload and retry"));
        }
        errors.add(new ErrorDoc(500, "InternalError",
                "internal error (IllegalStateException); the service log has the details"));
        operation.responses(responses(doc, errors));
        return operation;
    }

    @Override
    public void customise(OpenAPI openApi) {
        openApi.info(new Info().title("Cora").version(version).description("""
                Conducts Procedures on beamlines and labs: every step journalled, the step list pinned before \
                the first step runs, and a held, failed or crashed conduct resumable from the pin. Errors are \
                RFC 9457 problem details whose `detail` is the message and `error_class` names the error; \
                conduct routes answer 200 for every operational outcome, with failures in the body. The same \
                operations are MCP tools on /mcp, named as each operation's `x-cora-slice`."""));
        openApi.getComponents().addSchemas("Problem", problemSchema());
        uniqueOperationIds(openApi);
    }

    private static RequestBody requestBody(RouteDoc doc) {
        MediaType media = new MediaType().schema(new ObjectSchema().description("read strictly: unknown fields are "
                + "refused (422)"));
        doc.requests().forEach(e -> media.addExamples(e.name(), example(e)));
        return new RequestBody().required(false).content(new Content().addMediaType(JSON, media));
    }

    private static ApiResponses responses(RouteDoc doc, List<ErrorDoc> errors) {
        ApiResponses responses = new ApiResponses();
        for (RouteDoc.Success success : doc.successes()) {
            ApiResponse response = new ApiResponse().description(success.description());
            if (!success.examples().isEmpty()) {
                MediaType media = new MediaType().schema(new ObjectSchema());
                success.examples().forEach(e -> media.addExamples(e.name(), example(e)));
                response.content(new Content().addMediaType(JSON, media));
            }
            responses.addApiResponse(Integer.toString(success.status()), response);
        }
        Map<Integer, List<ErrorDoc>> byStatus = errors.stream()
                .collect(Collectors.groupingBy(ErrorDoc::status, TreeMap::new, Collectors.toList()));
        byStatus.forEach((status, refusals) -> {
            MediaType media = new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"));
            refusals.forEach(refusal -> media.addExamples(refusal.name(), problemExample(refusal)));
            String classes = refusals.stream().map(ErrorDoc::errorClass).distinct().collect(Collectors.joining(", "));
            responses.addApiResponse(Integer.toString(status), new ApiResponse()
                    .description(HttpStatus.valueOf(status).getReasonPhrase() + ": " + classes)
                    .content(new Content().addMediaType(PROBLEM, media)));
        });
        return responses;
    }

    private static io.swagger.v3.oas.models.examples.Example example(RouteDoc.Example e) {
        return new io.swagger.v3.oas.models.examples.Example().summary(e.name())
                .value(e.json() == null ? null : JsonParser.parse(e.json()).toPlain());
    }

    private static io.swagger.v3.oas.models.examples.Example problemExample(ErrorDoc refusal) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:cora:error:" + refusal.errorClass());
        problem.put("title", HttpStatus.valueOf(refusal.status()).getReasonPhrase());
        problem.put("status", refusal.status());
        problem.put("detail", refusal.detail());
        problem.put("error_class", refusal.errorClass());
        return new io.swagger.v3.oas.models.examples.Example().summary(refusal.errorClass()).value(problem);
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        return new ObjectSchema().description("RFC 9457 problem details, as every refusal is answered")
                .addProperty("type", new StringSchema().example("urn:cora:error:ProcedureNotFoundError"))
                .addProperty("title", new StringSchema().example("Not Found"))
                .addProperty("status", new Schema<Integer>().type("integer").example(404))
                .addProperty("detail", new StringSchema().description("the error's message")
                        .example("Procedure " + EXAMPLE_ID + " not found"))
                .addProperty("instance", new StringSchema().description("the request path"))
                .addProperty("error_class", new StringSchema().description("the error's stable name")
                        .example("ProcedureNotFoundError"))
                .required(List.of("detail", "error_class"));
    }

    /** Each operation's id is its slice name, suffixed with the method where a slice has several operations. */
    private static void uniqueOperationIds(OpenAPI openApi) {
        record Located(String slice, PathItem.HttpMethod method, Operation operation) {
        }
        List<Located> documented = new ArrayList<>();
        openApi.getPaths().values().forEach(item -> item.readOperationsMap().forEach((method, operation) -> {
            Object slice = operation.getExtensions() == null ? null : operation.getExtensions().get(SLICE);
            if (slice != null) {
                documented.add(new Located(slice.toString(), method, operation));
            }
        }));
        Map<String, Long> perSlice = documented.stream()
                .collect(Collectors.groupingBy(Located::slice, Collectors.counting()));
        documented.forEach(l -> l.operation().operationId(perSlice.get(l.slice()) == 1 ? l.slice()
                : l.slice() + "_" + l.method().name().toLowerCase(Locale.ROOT)));
    }

    private static String tagOf(RequestMapping mapping) {
        String path = mapping == null || mapping.path().length == 0 ? "/" : mapping.path()[0];
        String first = path.split("/")[1];
        if (first.equals("procedures") && path.contains("/conduct")) {
            return "Conduct";
        }
        return Character.toUpperCase(first.charAt(0)) + first.substring(1);
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
