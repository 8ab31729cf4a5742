package org.cora.adapters.http.features.holdprocedure;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.holdprocedure.HoldOutcome;
import org.cora.application.features.holdprocedure.HoldProcedureHandler;
import org.cora.domain.features.holdprocedure.HoldProcedureCommand;
import org.cora.domain.procedure.ProcedureId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /procedures/{id}/hold} {@code {"reason"}}: 204 when the Procedure is Held; 202 when a
 * conductor is walking it, which holds at the end of the step in progress (the conduct's response,
 * the events and {@code pending_hold_reason} on the Procedure show it).
 */
@RestController
public final class HoldProcedureRoute {

    private static final Set<String> FIELDS = Set.of("reason");

    private final HoldProcedureHandler handler;
    private final RequestCaller callers;

    public HoldProcedureRoute(HoldProcedureHandler handler, RequestCaller callers) {
        this.handler = handler;
        this.callers = callers;
    }

    @PostMapping("/procedures/{procedureId}/hold")
    public ResponseEntity<Map<String, Object>> hold(@PathVariable String procedureId,
                                                    @org.springframework.web.bind.annotation.RequestBody(required = false) String text,
                                                    HttpServletRequest request) {
        ProcedureId id = new ProcedureId(RequestBody.pathId(procedureId, "procedure_id"));
        RequestBody body = RequestBody.read(text, FIELDS);
        HoldOutcome outcome = handler.handle(HoldProcedureCommand.byOperator(id, body.optionalString("reason").orElse(null)),
                callers.of(request));
        return outcome == HoldOutcome.HELD ? ResponseEntity.noContent().build()
                : ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("procedure_id", id.toString(),
                        "hold", "requested: the conductor holds when the step in progress has finished"));
    }
}
