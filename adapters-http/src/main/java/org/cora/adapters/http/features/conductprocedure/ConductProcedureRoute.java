package org.cora.adapters.http.features.conductprocedure;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import org.cora.application.wire.JsonViews;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.wire.StepRequests;
import org.cora.adapters.http.RespondAsync;
import org.cora.application.features.conductprocedure.ConductProcedureCommand;
import org.cora.application.features.conductprocedure.ConductProcedureHandler;
import org.cora.domain.procedure.ProcedureId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /procedures/{id}/conduct} {@code {"steps": [...]}}: 200 for every operational
 * outcome, a failed step or a lifecycle refusal included (they are in the body's {@code failure}).
 * With {@code Prefer: respond-async}: 202 once the Procedure is started, the walk going on in the
 * background (refusals before the start answer as without the header).
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
    public ResponseEntity<Map<String, Object>> conduct(@PathVariable String procedureId,
            @org.springframework.web.bind.annotation.RequestBody(required = false) String text,
            HttpServletRequest request) {
        ProcedureId id = new ProcedureId(RequestBody.pathId(procedureId, "procedure_id"));
        ConductProcedureCommand command = new ConductProcedureCommand(id,
                StepRequests.read(RequestBody.read(text, FIELDS)));
        if (RespondAsync.isPreferred(request)) {
            return RespondAsync.accepted(handler.handleInBackground(command, callers.of(request)));
        }
        return ResponseEntity.ok(JsonViews.plain(JsonViews.conductResult(handler.handle(command, callers.of(request)))
                .build()));
    }
}
