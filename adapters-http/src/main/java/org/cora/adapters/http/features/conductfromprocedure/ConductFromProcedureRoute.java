package org.cora.adapters.http.features.conductfromprocedure;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.cora.application.wire.JsonViews;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.adapters.http.RespondAsync;
import org.cora.application.features.conductfromprocedure.ConductFromProcedureCommand;
import org.cora.application.features.conductfromprocedure.ConductFromProcedureHandler;
import org.cora.domain.procedure.ProcedureId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /procedures/{id}/conduct-from} {@code {"re_establishment_boundary"?, "restore_captures"?}}:
 * resume a Held Procedure and replay its pinned steps from the boundary (the computed resume point
 * when none is given). 200 for every replay outcome, with {@code acquisition_halt} when it stopped
 * before an action for the operator. With {@code Prefer: respond-async}: 202 once the Procedure is
 * resumed, the replay going on in the background (refusals before the resume answer as without it).
 */
@RestController
public final class ConductFromProcedureRoute {

    private static final Set<String> FIELDS = Set.of("re_establishment_boundary", "restore_captures");

    private final ConductFromProcedureHandler handler;
    private final RequestCaller callers;

    public ConductFromProcedureRoute(ConductFromProcedureHandler handler, RequestCaller callers) {
        this.handler = handler;
        this.callers = callers;
    }

    @PostMapping("/procedures/{procedureId}/conduct-from")
    public ResponseEntity<Map<String, Object>> conductFrom(@PathVariable String procedureId,
            @org.springframework.web.bind.annotation.RequestBody(required = false) String text,
            HttpServletRequest request) {
        ProcedureId id = new ProcedureId(RequestBody.pathId(procedureId, "procedure_id"));
        RequestBody body = RequestBody.read(text, FIELDS);
        OptionalLong boundary = body.optionalInteger("re_establishment_boundary")
                .map(OptionalLong::of).orElse(OptionalLong.empty());
        ConductFromProcedureCommand command = new ConductFromProcedureCommand(id, boundary,
                body.optionalBoolean("restore_captures", false));
        if (RespondAsync.isPreferred(request)) {
            return RespondAsync.accepted(handler.handleInBackground(command, callers.of(request)));
        }
        return ResponseEntity.ok(JsonViews.conductFromResult(handler.handle(command, callers.of(request))));
    }
}
