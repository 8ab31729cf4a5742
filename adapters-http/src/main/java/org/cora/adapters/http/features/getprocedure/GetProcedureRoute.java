package org.cora.adapters.http.features.getprocedure;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.cora.application.wire.JsonViews;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.getprocedure.GetProcedureHandler;
import org.cora.application.features.getprocedure.GetProcedureQuery;
import org.cora.domain.procedure.ProcedureId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /procedures/{id}}: the folded state; 404 when absent. */
@RestController
public final class GetProcedureRoute {

    private final GetProcedureHandler handler;
    private final RequestCaller callers;

    public GetProcedureRoute(GetProcedureHandler handler, RequestCaller callers) {
        this.handler = handler;
        this.callers = callers;
    }

    @GetMapping("/procedures/{procedureId}")
    public Map<String, Object> get(@PathVariable String procedureId, HttpServletRequest request) {
        ProcedureId id = new ProcedureId(RequestBody.pathId(procedureId, "procedure_id"));
        return JsonViews.procedure(handler.handle(new GetProcedureQuery(id), callers.of(request)));
    }
}
