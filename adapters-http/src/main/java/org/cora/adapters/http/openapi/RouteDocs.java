package org.cora.adapters.http.openapi;

/**
 * The OpenAPI description of one slice's route, kept beside it as {@code <Slice>Docs} (a Spring
 * component) so the route class stays a plain controller. {@link OpenApiDocs} fills each route's
 * operation from it; a route without one fails the documentation test.
 */
public interface RouteDocs {

    RouteDoc doc();
}
