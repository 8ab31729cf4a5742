package org.cora.adapters.http.features.getrun;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link GetRunRoute}. */
@Component
final class GetRunDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(GetRunRoute.class, "A Run")
                .response(200, "the Run", """
                        {
                          "run_id": "0193a7c2-42d6-737b-96a7-9e5f48bbc9be",
                          "plan_id": "0193a7c2-4184-77cb-9d83-de42ec621abf",
                          "status": "Held",
                          "held_reason": "beam lost"
                        }""")
                .error(404, "RunNotFoundError", "Run 0193a7c2-42d6-737b-96a7-9e5f48bbc9be not found");
    }
}
