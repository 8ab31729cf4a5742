package org.cora.adapters.http.features.definecapability;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cora.adapters.http.IdempotencyKeyHeader;
import org.cora.application.wire.InvalidRequestError;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.definecapability.DefineCapabilityHandler;
import org.cora.application.port.Caller;
import org.cora.domain.capability.CapabilityId;
import org.cora.domain.features.definecapability.DefineCapabilityCommand;
import org.cora.domain.json.Json;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /capabilities}: define a Capability; 201 with its id and Location. */
@RestController
public final class DefineCapabilityRoute {

    private static final Set<String> FIELDS = Set.of("code", "name", "parameters_schema", "executor_shapes");

    private final DefineCapabilityHandler handler;
    private final RequestCaller callers;
    private final IdempotencyKeyHeader idempotency;

    public DefineCapabilityRoute(DefineCapabilityHandler handler, RequestCaller callers,
                                 IdempotencyKeyHeader idempotency) {
        this.handler = handler;
        this.callers = callers;
        this.idempotency = idempotency;
    }

    @PostMapping("/capabilities")
    public ResponseEntity<Map<String, Object>> define(@org.springframework.web.bind.annotation.RequestBody(required = false)
                                                      String text, HttpServletRequest request) {
        RequestBody body = RequestBody.read(text, FIELDS);
        Json schema = body.get("parameters_schema").orElseThrow(() -> new InvalidRequestError("parameters_schema is required"));
        if (!(schema instanceof Json.Obj schemaObject)) {
            throw new InvalidRequestError("parameters_schema must be a JSON object");
        }
        DefineCapabilityCommand command = new DefineCapabilityCommand(body.requiredString("code"),
                body.requiredString("name"), schemaObject, strings(body, "executor_shapes"));
        Caller caller = callers.of(request);
        return idempotency.respond(request, body, DefineCapabilityHandler.COMMAND_NAME, () -> {
            CapabilityId id = handler.handle(command, caller);
            return IdempotencyKeyHeader.created("/capabilities/" + id, "capability_id", id);
        });
    }

    private static List<String> strings(RequestBody body, String key) {
        if (!(body.get(key).orElseThrow(() -> new InvalidRequestError(key + " is required")) instanceof Json.Arr array)) {
            throw new InvalidRequestError(key + " must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < array.items().size(); i++) {
            if (!(array.items().get(i) instanceof Json.Str s)) {
                throw new InvalidRequestError(key + "[" + i + "] must be a string");
            }
            out.add(s.value());
        }
        return out;
    }
}
