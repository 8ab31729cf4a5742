package org.cora.adapters.http.features.abortprocedure;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link AbortProcedureRoute}. */
@Component
final class AbortProcedureDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(AbortProcedureRoute.class, "Abort a Procedure")
                .description("Running or Held to Aborted, with a reason.")
                .request("a reason", """
                        {"reason": "vacuum lost in the sample chamber"}""")
                .noContent(204, "aborted")
                .error(404, "ProcedureNotFoundError", "Procedure 0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9 not found")
                .error(400, "InvalidProcedureAbortReasonError",
                        "Abort reason must be 1..500 characters after trimming, got '' (0 characters after "
                                + "trimming)")
                .error(409, "ProcedureCannotAbortError",
                        "Procedure 0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9 cannot abort from status Completed");
    }
}
