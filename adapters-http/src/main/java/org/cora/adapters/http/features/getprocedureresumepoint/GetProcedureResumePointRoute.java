package org.cora.adapters.http.features.getprocedureresumepoint;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.cora.application.wire.JsonViews;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.getprocedureresumepoint.GetProcedureResumePointHandler;
import org.cora.application.features.getprocedureresumepoint.GetProcedureResumePointQuery;
import org.cora.domain.procedure.ProcedureId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /procedures/{id}/resume-point}: where conduct-from would resume and why
 * ({@code in_flight}, {@code failed} or {@code next}), the pinned step there, and whether the
 * replay would halt at an acquisition.
 */
@RestController
public final class GetProcedureResumePointRoute {

    private final GetProcedureResumePointHandler handler;
    private final RequestCaller callers;

    public GetProcedureResumePointRoute(GetProcedureResumePointHandler handler, RequestCaller callers) {
        this.handler = handler;
        this.callers = callers;
    }

    @GetMapping("/procedures/{procedureId}/resume-point")
    public Map<String, Object> get(@PathVariable String procedureId, HttpServletRequest request) {
        ProcedureId id = new ProcedureId(RequestBody.pathId(procedureId, "procedure_id"));
        return JsonViews.resumePoint(id, handler.handle(new GetProcedureResumePointQuery(id), callers.of(request)));
    }
}
