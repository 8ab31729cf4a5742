package org.cora.adapters.http.features.holdprocedure;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link HoldProcedureRoute}. */
@Component
final class HoldProcedureDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(HoldProcedureRoute.class, "Hold a Procedure")
                .description("204 when the Procedure is Held; 202 when a conductor is walking it, which holds when "
                        + "the step in progress has finished (the conduct's response, the events and "
                        + "pending_hold_reason show it).")
                .request("a reason", """
                        {"reason": "operator check of the mirror"}""")
                .noContent(204, "held")
                .response(202, "the hold is requested from the conductor walking it", """
                        {
                          "procedure_id": "0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9",
                          "hold": "requested: the conductor holds when the step in progress has finished"
                        }""")
                .error(404, "ProcedureNotFoundError", "Procedure 0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9 not found")
                .error(400, "InvalidProcedureHoldReasonError",
                        "Hold reason must be 1..500 characters after trimming, got ''")
                .error(409, "ProcedureCannotHoldError",
                        "Procedure 0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9 cannot hold from status Completed");
    }
}
