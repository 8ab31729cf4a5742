package org.cora.adapters.http.features.getprocedureactivities;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.cora.application.wire.JsonViews;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.getprocedureactivities.GetProcedureActivitiesHandler;
import org.cora.application.features.getprocedureactivities.GetProcedureActivitiesQuery;
import org.cora.domain.procedure.ProcedureId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /procedures/{id}/activities}: the step journal, {@code {"items": [...]}} in append order. */
@RestController
public final class GetProcedureActivitiesRoute {

    private final GetProcedureActivitiesHandler handler;
    private final RequestCaller callers;

    public GetProcedureActivitiesRoute(GetProcedureActivitiesHandler handler, RequestCaller callers) {
        this.handler = handler;
        this.callers = callers;
    }

    @GetMapping("/procedures/{procedureId}/activities")
    public Map<String, Object> list(@PathVariable String procedureId, HttpServletRequest request) {
        ProcedureId id = new ProcedureId(RequestBody.pathId(procedureId, "procedure_id"));
        return Map.of("items", handler.handle(new GetProcedureActivitiesQuery(id), callers.of(request)).stream()
                .map(JsonViews::journalRow).toList());
    }
}
