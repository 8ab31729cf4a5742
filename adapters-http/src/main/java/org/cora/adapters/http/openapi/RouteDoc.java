package org.cora.adapters.http.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a route's operation says: a summary, a description, named request examples, the success
 * responses with example bodies and the refusals particular to it. The refusals every route shares
 * (a malformed id or body, an unauthorized principal, a concurrent change) {@link OpenApiDocs} adds.
 */
public final class RouteDoc {

    /** A named example of a request or a response body: JSON text, or null for no body. */
    public record Example(String name, String json) {
    }

    /** A success status with its example bodies (none for 204). */
    public record Success(int status, String description, List<Example> examples) {
    }

    private final Class<?> route;
    private final String summary;
    private String description;
    private final List<Example> requests = new ArrayList<>();
    private final List<Success> successes = new ArrayList<>();
    private final List<ErrorDoc> errors = new ArrayList<>();

    private RouteDoc(Class<?> route, String summary) {
        this.route = route;
        this.summary = summary;
    }

    public static RouteDoc of(Class<?> route, String summary) {
        return new RouteDoc(route, summary);
    }

    public RouteDoc description(String text) {
        this.description = text;
        return this;
    }

    /** A request body example; a route that reads a body has at least one. */
    public RouteDoc request(String name, String json) {
        requests.add(new Example(name, json));
        return this;
    }

    /** A success answered with a body; several calls with one status give that status several examples. */
    public RouteDoc response(int status, String name, String json) {
        Success known = successes.stream().filter(s -> s.status() == status).findFirst().orElse(null);
        if (known == null) {
            successes.add(new Success(status, name, new ArrayList<>(List.of(new Example(name, json)))));
        } else {
            known.examples().add(new Example(name, json));
        }
        return this;
    }

    /** A success answered with no body. */
    public RouteDoc noContent(int status, String description) {
        successes.add(new Success(status, description, List.of()));
        return this;
    }

    public RouteDoc error(int status, String errorClass, String detail) {
        errors.add(new ErrorDoc(status, errorClass, detail));
        return this;
    }

    public Class<?> route() {
        return route;
    }

    public String summary() {
        return summary;
    }

    public String description() {
        return description;
    }

    public List<Example> requests() {
        return List.copyOf(requests);
    }

    public List<Success> successes() {
        return List.copyOf(successes);
    }

    public List<ErrorDoc> errors() {
        return List.copyOf(errors);
    }

    /** The slice's name in snake_case, as its MCP tool is named: {@code ConductProcedureRoute} is {@code conduct_procedure}. */
    public String sliceName() {
        String stem = route.getSimpleName().replaceFirst("Route$", "");
        return stem.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /** The command or query name the route's handler authorizes: {@code ConductProcedure}. */
    public String commandName() {
        return route.getSimpleName().replaceFirst("Route$", "");
    }
}
