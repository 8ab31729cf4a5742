package org.cora.adapters.http.features.getprocedureconductresult;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link GetProcedureConductResultRoute}. */
@Component
final class GetProcedureConductResultDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(GetProcedureConductResultRoute.class, "The Procedure's most recent background conduct")
                .description("After a conduct route answered 202 (Prefer: respond-async): state walking, finished, "
                        + "failed or lost; once finished, result is the body the synchronous route would have "
                        + "answered.")
                .response(200, "finished", """
                        {
                          "procedure_id": "0193a7c2-11c9-74c2-9894-46c0688f6a56",
                          "conduct_id": "0193a7c2-11d0-7a11-8c1e-0c1f2a3b4c5d",
                          "command_name": "ConductProcedure",
                          "principal": "operator:ada",
                          "correlation_id": "0193a7c2-1127-7677-b98e-44795e3e5569",
                          "state": "finished",
                          "accepted_at": "2026-11-25T17:12:46.101Z",
                          "finished_at": "2026-11-25T17:12:49.730Z",
                          "result": {"procedure_id": "0193a7c2-11c9-74c2-9894-46c0688f6a56", "completed_count": 3,
                                     "succeeded": true, "failure": null, "actuation_kind": "Simulated"},
                          "error": null
                        }""")
                .error(404, "ConductResultNotFoundError",
                        "Procedure 0193a7c2-11c9-74c2-9894-46c0688f6a56 was never conducted in the background");
    }
}
