package org.cora.adapters.http.features.startrun;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link StartRunRoute}. */
@Component
final class StartRunDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(StartRunRoute.class, "Start a Run of a Plan")
                .description("Procedures registered with the Run as parent resolve pseudo-axes through its Plan.")
                .request("a Plan", """
                        {"plan_id": "0193a7c2-4184-77cb-9d83-de42ec621abf"}""")
                .response(201, "created; Location names it", """
                        {"run_id": "0193a7c2-42d6-737b-96a7-9e5f48bbc9be"}""")
                .error(404, "PlanNotFoundError", "Plan 0193a7c2-4184-77cb-9d83-de42ec621abf not found")
                .error(409, "RunAlreadyExistsError", "Run 0193a7c2-42d6-737b-96a7-9e5f48bbc9be already exists");
    }
}
