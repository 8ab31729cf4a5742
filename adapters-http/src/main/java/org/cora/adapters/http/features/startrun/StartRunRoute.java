package org.cora.adapters.http.features.startrun;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import org.cora.application.wire.InvalidRequestError;
import org.cora.domain.features.startrun.StartRunCommand;
import org.cora.domain.plan.PlanId;
import org.cora.domain.run.RunId;
import org.springframework.web.bind.annotation.PostMapping;
import org.cora.adapters.http.IdempotencyKeyHeader;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.startrun.StartRunHandler;
import org.cora.application.port.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /runs} {@code {plan_id}}: start a Run of an existing Plan; 201 with its id and Location. */
@RestController
public final class StartRunRoute {

    private static final Set<String> FIELDS = Set.of("plan_id");

    private final StartRunHandler handler;
    private final RequestCaller callers;
    private final IdempotencyKeyHeader idempotency;

    public StartRunRoute(StartRunHandler handler, RequestCaller callers, IdempotencyKeyHeader idempotency) {
        this.handler = handler;
        this.callers = callers;
        this.idempotency = idempotency;
    }

    @PostMapping("/runs")
    public ResponseEntity<Map<String, Object>> start(@org.springframework.web.bind.annotation.RequestBody(required = false) String text, HttpServletRequest request) {
        RequestBody body = RequestBody.read(text, FIELDS);
        PlanId planId = new PlanId(body.optionalUuid("plan_id")
                .orElseThrow(() -> new InvalidRequestError("plan_id is required")));
        Caller caller = callers.of(request);
        return idempotency.respond(request, body, StartRunHandler.COMMAND_NAME, () -> {
            RunId id = handler.handle(new StartRunCommand(planId), caller);
            return IdempotencyKeyHeader.created("/runs/" + id, "run_id", id);
        });
    }
}
