package org.cora.adapters.http.features.startprocedure;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link StartProcedureRoute}. */
@Component
final class StartProcedureDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(StartProcedureRoute.class, "Start a Procedure")
                .description("Defined to Running, after its preflight gates.")
                .request("no body, or an empty object", """
                        {}""")
                .noContent(204, "started")
                .error(404, "ProcedureNotFoundError", "Procedure 0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9 not found")
                .error(409, "ProcedureCannotStartError",
                        "Procedure 0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9 cannot start from status Completed");
    }
}
