package org.cora.adapters.http.features.getprocedureconductresult;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.cora.application.wire.JsonViews;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.getprocedureconductresult.GetProcedureConductResultHandler;
import org.cora.application.features.getprocedureconductresult.GetProcedureConductResultQuery;
import org.cora.domain.procedure.ProcedureId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /procedures/{id}/conduct-result}: the Procedure's most recent background conduct:
 * {@code state} ({@code walking}, {@code finished}, {@code failed}, {@code lost}), and once finished
 * its {@code result}, the body the synchronous route would have answered.
 */
@RestController
public final class GetProcedureConductResultRoute {

    private final GetProcedureConductResultHandler handler;
    private final RequestCaller callers;

    public GetProcedureConductResultRoute(GetProcedureConductResultHandler handler, RequestCaller callers) {
        this.handler = handler;
        this.callers = callers;
    }

    @GetMapping("/procedures/{procedureId}/conduct-result")
    public Map<String, Object> get(@PathVariable String procedureId, HttpServletRequest request) {
        ProcedureId id = new ProcedureId(RequestBody.pathId(procedureId, "procedure_id"));
        return JsonViews.conductResult(handler.handle(new GetProcedureConductResultQuery(id), callers.of(request)));
    }
}
