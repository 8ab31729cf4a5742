package org.cora.adapters.http.features.appendprocedureactivities;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link AppendProcedureActivitiesRoute}. */
@Component
final class AppendProcedureActivitiesDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(AppendProcedureActivitiesRoute.class, "Append journal rows")
                .description("Rows recorded outside a conduct, 1..500 per request; a retried event_id adds nothing. "
                        + "Answers the number of new rows.")
                .request("one row", """
                        {
                          "entries": [
                            {
                              "event_id": "0193a7c2-77aa-7bbb-8ccc-0123456789ab",
                              "step_kind": "check",
                              "payload": {"step_index": 0, "result": "ok"},
                              "sampled_at": "2026-11-25T17:00:00Z"
                            }
                          ]
                        }""")
                .response(200, "the rows that were new", """
                        {"event_count": 1}""")
                .error(404, "ProcedureNotFoundError", "Procedure 0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9 not found")
                .error(400, "InvalidStepKindError",
                        "step_kind 'move' is not one of [action, capture, check, setpoint]")
                .error(409, "ProcedureStepsLogbookClosedError",
                        "Procedure 0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9 steps logbook is closed: status is "
                                + "Completed, journal rows need Running")
                .error(409, "ProcedureHoldPendingError",
                        "Procedure 0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9 has a hold pending (operator check); no new "
                                + "step starts");
    }
}
