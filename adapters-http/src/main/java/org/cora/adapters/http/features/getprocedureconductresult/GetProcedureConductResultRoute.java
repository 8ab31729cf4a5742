package org.cora.adapters.http.features.getprocedureconductresult;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Map;
import org.cora.application.wire.JsonViews;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.getprocedureconductresult.ConductResultView;
import org.cora.application.features.getprocedureconductresult.GetProcedureConductResultHandler;
import org.cora.application.features.getprocedureconductresult.GetProcedureConductResultQuery;
import org.cora.application.port.ConductOutcome;
import org.cora.domain.json.Json;
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
        return view(handler.handle(new GetProcedureConductResultQuery(id), callers.of(request)));
    }

    private static Map<String, Object> view(ConductResultView read) {
        ConductOutcome o = read.outcome();
        return JsonViews.plain(Json.Obj.builder()
                .put("procedure_id", o.procedureId().toString())
                .put("conduct_id", o.conductId().toString())
                .put("command_name", o.commandName())
                .put("principal", o.principal())
                .put("correlation_id", o.correlationId().toString())
                .put("state", read.state().name())
                .put("accepted_at", o.acceptedAt().toString())
                .put("finished_at", text(o.finishedAt()))
                .put("result", o.result() == null ? Json.NULL : o.result())
                .put("error", o.error() == null ? Json.NULL : o.error())
                .build());
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }
}
