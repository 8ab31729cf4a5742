package org.cora.adapters.http.features.registerprocedure;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.registerprocedure.RegisterProcedureHandler;
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

    public RegisterProcedureRoute(RegisterProcedureHandler handler, RequestCaller callers) {
        this.handler = handler;
        this.callers = callers;
    }

    @PostMapping("/procedures")
    public ResponseEntity<Map<String, Object>> register(@org.springframework.web.bind.annotation.RequestBody(required = false)
                                                        String text, HttpServletRequest request) {
        RequestBody body = RequestBody.read(text, FIELDS);
        RegisterProcedureCommand command = new RegisterProcedureCommand(body.requiredString("name"),
                body.requiredString("kind"), body.uuidList("target_asset_ids"), body.optionalUuid("parent_run_id").orElse(null),
                body.optionalUuid("capability_id").orElse(null));
        ProcedureId id = handler.handle(command, callers.of(request));
        return ResponseEntity.created(URI.create("/procedures/" + id)).body(Map.of("procedure_id", id.toString()));
    }
}
