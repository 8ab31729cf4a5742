package org.cora.adapters.http.features.holdrun;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link HoldRunRoute}. */
@Component
final class HoldRunDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(HoldRunRoute.class, "Hold a Run")
                .description("Its Procedures cannot resume while it is held.")
                .request("a reason", """
                        {"reason": "beam lost"}""")
                .noContent(204, "held")
                .error(404, "RunNotFoundError", "Run 0193a7c2-42d6-737b-96a7-9e5f48bbc9be not found")
                .error(400, "InvalidRunHoldReasonError",
                        "Hold reason must be 1..500 characters after trimming, got ''")
                .error(409, "RunCannotHoldError",
                        "Run 0193a7c2-42d6-737b-96a7-9e5f48bbc9be cannot hold from status Held");
    }
}
