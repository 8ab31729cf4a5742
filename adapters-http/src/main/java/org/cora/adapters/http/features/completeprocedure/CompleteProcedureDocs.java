package org.cora.adapters.http.features.completeprocedure;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link CompleteProcedureRoute}. */
@Component
final class CompleteProcedureDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(CompleteProcedureRoute.class, "Complete a Procedure")
                .description("Running to Completed.")
                .request("no body, or an empty object", """
                        {}""")
                .noContent(204, "completed")
                .error(404, "ProcedureNotFoundError", "Procedure 0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9 not found")
                .error(409, "ProcedureCannotCompleteError",
                        "Procedure 0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9 cannot complete from status Held");
    }
}
