package org.cora.adapters.http.features.defineplan;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import org.cora.domain.features.defineplan.DefinePlanCommand;
import org.cora.domain.plan.PlanId;
import org.springframework.web.bind.annotation.PostMapping;
import org.cora.adapters.http.IdempotencyKeyHeader;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.defineplan.DefinePlanHandler;
import org.cora.application.port.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /plans} {@code {asset_ids}}: define a Plan over these Assets; 201 with its id and Location. */
@RestController
public final class DefinePlanRoute {

    private static final Set<String> FIELDS = Set.of("asset_ids");

    private final DefinePlanHandler handler;
    private final RequestCaller callers;
    private final IdempotencyKeyHeader idempotency;

    public DefinePlanRoute(DefinePlanHandler handler, RequestCaller callers, IdempotencyKeyHeader idempotency) {
        this.handler = handler;
        this.callers = callers;
        this.idempotency = idempotency;
    }

    @PostMapping("/plans")
    public ResponseEntity<Map<String, Object>> define(@org.springframework.web.bind.annotation.RequestBody(required = false) String text, HttpServletRequest request) {
        RequestBody body = RequestBody.read(text, FIELDS);
        DefinePlanCommand command = new DefinePlanCommand(body.uuidList("asset_ids"));
        Caller caller = callers.of(request);
        return idempotency.respond(request, body, DefinePlanHandler.COMMAND_NAME, () -> {
            PlanId id = handler.handle(command, caller);
            return IdempotencyKeyHeader.created("/plans/" + id, "plan_id", id);
        });
    }
}
