package org.cora.adapters.http.features.streamprocedurestatuses;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link StreamProcedureStatusesRoute}. */
@Component
final class StreamProcedureStatusesDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(StreamProcedureStatusesRoute.class, "Status changes of every Procedure as Server-Sent Events")
                .description("text/event-stream for dashboards: one 'status' event per status-changing event of any "
                        + "Procedure, id = the event's global position, data as in the example. Send Last-Event-ID "
                        + "to resume; without it the stream starts at the present. It never ends by itself.")
                .response(200, "one status event's data", """
                        {
                          "procedure_id": "0193a7c2-11c9-74c2-9894-46c0688f6a56",
                          "status": "Running",
                          "event_type": "ProcedureStarted",
                          "version": 3,
                          "occurred_at": "2026-11-25T17:12:46.512Z"
                        }""");
    }
}
