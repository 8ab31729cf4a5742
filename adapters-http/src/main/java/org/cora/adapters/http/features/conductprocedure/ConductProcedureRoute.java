package org.cora.adapters.http.features.conductprocedure;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cora.application.wire.JsonViews;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.wire.StepRequests;
import org.cora.application.features.conductprocedure.ConductProcedureCommand;
import org.cora.application.features.conductprocedure.ConductProcedureHandler;
import org.cora.domain.procedure.ProcedureId;
import org.cora.domain.step.Step;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /procedures/{id}/conduct} {@code {"steps": [...]}}: 200 for every operational
 * outcome, a failed step or a lifecycle refusal included (they are in the body's {@code failure}).
 */
@RestController
public final class ConductProcedureRoute {

    private static final Set<String> FIELDS = Set.of("steps");

    private final ConductProcedureHandler handler;
    private final RequestCaller callers;

    public ConductProcedureRoute(ConductProcedureHandler handler, RequestCaller callers) {
        this.handler = handler;
        this.callers = callers;
    }

    @PostMapping("/procedures/{procedureId}/conduct")
    public Map<String, Object> conduct(@PathVariable String procedureId,
                                       @org.springframework.web.bind.annotation.RequestBody(required = false) String text,
                                       HttpServletRequest request) {
        ProcedureId id = new ProcedureId(RequestBody.pathId(procedureId, "procedure_id"));
        List<Step> steps = StepRequests.read(RequestBody.read(text, FIELDS));
        return JsonViews.plain(JsonViews.conductResult(
                handler.handle(new ConductProcedureCommand(id, steps), callers.of(request))).build());
    }
}
