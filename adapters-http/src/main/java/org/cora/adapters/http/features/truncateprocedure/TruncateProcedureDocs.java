package org.cora.adapters.http.features.truncateprocedure;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link TruncateProcedureRoute}. */
@Component
final class TruncateProcedureDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(TruncateProcedureRoute.class, "Truncate a Procedure")
                .description("Running or Held to Truncated: it ends where it was interrupted, with a reason.")
                .request("a reason and when", """
                        {"reason": "beam dump", "interrupted_at": "2026-11-25T16:58:00Z"}""")
                .noContent(204, "truncated")
                .error(404, "ProcedureNotFoundError", "Procedure 0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9 not found")
                .error(400, "InvalidProcedureTruncateReasonError",
                        "Truncate reason must be 1..500 characters after trimming, got ''")
                .error(400, "InvalidProcedureInterruptedAtError", "interrupted_at 2026-11-26T10:00:00Z is after now")
                .error(409, "ProcedureCannotTruncateError",
                        "Procedure 0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9 cannot truncate from status Defined");
    }
}
