package org.cora.adapters.http.features.streamprocedureactivities;

import jakarta.servlet.http.HttpServletRequest;
import org.cora.application.wire.JsonViews;
import org.cora.adapters.http.LiveStreams;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.streamprocedureactivities.StreamProcedureActivitiesHandler;
import org.cora.application.features.streamprocedureactivities.StreamProcedureActivitiesQuery;
import org.cora.domain.procedure.ProcedureId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /procedures/{id}/activities/stream}: the journal as Server-Sent Events, one
 * {@code activity} event per row in append order ({@code id:} its {@code append_seq}, {@code data:}
 * the item {@code GET /procedures/{id}/activities} lists). With {@code Last-Event-ID} only the rows
 * after it. Once the Procedure is not Running and every row is sent: an {@code end} event whose data
 * is the status, and the response ends. An unknown Procedure is a 404 problem, before any event.
 */
@RestController
public final class StreamProcedureActivitiesRoute {

    private final StreamProcedureActivitiesHandler handler;
    private final RequestCaller callers;
    private final LiveStreams live;

    public StreamProcedureActivitiesRoute(StreamProcedureActivitiesHandler handler, RequestCaller callers,
                                          LiveStreams live) {
        this.handler = handler;
        this.callers = callers;
        this.live = live;
    }

    @GetMapping("/procedures/{procedureId}/activities/stream")
    public SseEmitter stream(@PathVariable String procedureId, HttpServletRequest request) {
        ProcedureId id = new ProcedureId(RequestBody.pathId(procedureId, "procedure_id"));
        long after = LiveStreams.lastEventId(request).orElse(0);
        return live.open(handler.handle(new StreamProcedureActivitiesQuery(id, after), callers.of(request)),
                row -> SseEmitter.event().id(Long.toString(row.appendSeq())).name("activity")
                        .data(JsonViews.journalRow(row.row())));
    }
}
