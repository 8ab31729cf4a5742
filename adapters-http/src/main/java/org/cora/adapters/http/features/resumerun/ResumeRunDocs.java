package org.cora.adapters.http.features.resumerun;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link ResumeRunRoute}. */
@Component
final class ResumeRunDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(ResumeRunRoute.class, "Resume a held Run")
                .request("no body, or an empty object", """
                        {}""")
                .noContent(204, "resumed")
                .error(404, "RunNotFoundError", "Run 0193a7c2-42d6-737b-96a7-9e5f48bbc9be not found")
                .error(409, "RunCannotResumeError",
                        "Run 0193a7c2-42d6-737b-96a7-9e5f48bbc9be cannot resume from status Running");
    }
}
