package org.cora.adapters.http.features.registerprocedure;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import org.cora.adapters.http.IdempotencyKeyHeader;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.registerprocedure.RegisterProcedureHandler;
import org.cora.application.port.Caller;
import org.cora.domain.features.registerprocedure.RegisterProcedureCommand;
import org.cora.domain.procedure.ProcedureId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /procedures}: register a Procedure; 201 with its id and Location. */
@RestController
public final class RegisterProcedureRoute {

    private static final Set<String> FIELDS = Set.of("name", "kind", "target_asset_ids", "parent_run_id",
            "capability_id");

    private final RegisterProcedureHandler handler;
    private final RequestCaller callers;
    private final IdempotencyKeyHeader idempotency;

    public RegisterProcedureRoute(RegisterProcedureHandler handler, RequestCaller callers,
                                  IdempotencyKeyHeader idempotency) {
        this.handler = handler;
        this.callers = callers;
        this.idempotency = idempotency;
    }

    @PostMapping("/procedures")
    public ResponseEntity<Map<String, Object>> register(@org.springframework.web.bind.annotation.RequestBody(required = false)
                                                        String text, HttpServletRequest request) {
        RequestBody body = RequestBody.read(text, FIELDS);
        RegisterProcedureCommand command = new RegisterProcedureCommand(body.requiredString("name"),
                body.requiredString("kind"), body.uuidList("target_asset_ids"), body.optionalUuid("parent_run_id").orElse(null),
                body.optionalUuid("capability_id").orElse(null));
        Caller caller = callers.of(request);
        return idempotency.respond(request, body, RegisterProcedureHandler.COMMAND_NAME, () -> {
            ProcedureId id = handler.handle(command, caller);
            return IdempotencyKeyHeader.created("/procedures/" + id, "procedure_id", id);
        });
    }
}
