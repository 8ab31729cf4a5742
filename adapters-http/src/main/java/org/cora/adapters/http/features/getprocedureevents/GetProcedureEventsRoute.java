package org.cora.adapters.http.features.getprocedureevents;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.cora.application.wire.JsonViews;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.getprocedureevents.GetProcedureEventsHandler;
import org.cora.application.features.getprocedureevents.GetProcedureEventsQuery;
import org.cora.domain.procedure.ProcedureId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /procedures/{id}/events}: the stored events in version order, the auditor's provenance. */
@RestController
public final class GetProcedureEventsRoute {

    private final GetProcedureEventsHandler handler;
    private final RequestCaller callers;

    public GetProcedureEventsRoute(GetProcedureEventsHandler handler, RequestCaller callers) {
        this.handler = handler;
        this.callers = callers;
    }

    @GetMapping("/procedures/{procedureId}/events")
    public Map<String, Object> list(@PathVariable String procedureId, HttpServletRequest request) {
        ProcedureId id = new ProcedureId(RequestBody.pathId(procedureId, "procedure_id"));
        return Map.of("items", handler.handle(new GetProcedureEventsQuery(id), callers.of(request)).stream()
                .map(JsonViews::event).toList());
    }
}
