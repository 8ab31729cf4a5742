package org.cora.adapters.http.features.streamprocedureactivities;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link StreamProcedureActivitiesRoute}. */
@Component
final class StreamProcedureActivitiesDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(StreamProcedureActivitiesRoute.class, "The journal as Server-Sent Events")
                .description("text/event-stream: one 'activity' event per journal row as it is committed, in append "
                        + "order, id = the row's append_seq, data = one item of GET /procedures/{id}/activities "
                        + "(the example). Send Last-Event-ID to resume after a row. Once the Procedure is not "
                        + "Running and every row is sent, an 'end' event carries the final status and the stream "
                        + "closes.")
                .response(200, "one activity event's data", """
                        {
                          "event_id": "0193a7c2-13b8-76f4-ad6f-5f011b6fc0a3",
                          "step_kind": "setpoint",
                          "payload": {"value": 12.5, "result": "ok", "address": "sim:m1", "step_index": 0},
                          "sampled_at": "2026-11-25T17:12:47.288353Z",
                          "occurred_at": "2026-11-25T17:12:47.288353Z",
                          "recorded_at": "2026-11-25T17:12:47.294337Z",
                          "actor_id": "operator:ada",
                          "command_name": "AppendProcedureActivities",
                          "logbook_id": "0193a7c2-11d3-75ee-90dc-b1bcb7276b7e",
                          "correlation_id": "0193a7c2-1127-7677-b98e-44795e3e5569"
                        }""")
                .error(404, "ProcedureNotFoundError", "Procedure 0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9 not found");
    }
}
