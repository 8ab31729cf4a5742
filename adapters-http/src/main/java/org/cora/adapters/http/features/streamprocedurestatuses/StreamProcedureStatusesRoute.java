package org.cora.adapters.http.features.streamprocedurestatuses;

import jakarta.servlet.http.HttpServletRequest;
import org.cora.adapters.http.LiveStreams;
import org.cora.application.wire.JsonViews;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.streamprocedurestatuses.ProcedureStatusChange;
import org.cora.application.features.streamprocedurestatuses.StreamProcedureStatusesHandler;
import org.cora.application.features.streamprocedurestatuses.StreamProcedureStatusesQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /procedures/status-stream}: every Procedure's status changes as Server-Sent Events,
 * {@code event: status}, {@code id:} the global event position, {@code data:}
 * {@code {procedure_id, status, event_type, version, occurred_at}}. Without {@code Last-Event-ID}
 * it starts with the next change; with it, after that position ({@code 0}: from the first change).
 * It never ends by itself.
 */
@RestController
public final class StreamProcedureStatusesRoute {

    private final StreamProcedureStatusesHandler handler;
    private final RequestCaller callers;
    private final LiveStreams live;

    public StreamProcedureStatusesRoute(StreamProcedureStatusesHandler handler, RequestCaller callers,
                                        LiveStreams live) {
        this.handler = handler;
        this.callers = callers;
        this.live = live;
    }

    @GetMapping("/procedures/status-stream")
    public SseEmitter stream(HttpServletRequest request) {
        StreamProcedureStatusesQuery query = new StreamProcedureStatusesQuery(LiveStreams.lastEventId(request));
        return live.open(handler.handle(query, callers.of(request)),
                change -> SseEmitter.event().id(Long.toString(change.position())).name("status").data(JsonViews.statusChange(change)));
    }
}
