package org.cora.adapters.http.features.registerasset;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import org.cora.application.wire.PortRequests;
import org.cora.domain.asset.AssetId;
import org.cora.domain.features.registerasset.RegisterAssetCommand;
import org.springframework.web.bind.annotation.PostMapping;
import org.cora.adapters.http.IdempotencyKeyHeader;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.registerasset.RegisterAssetHandler;
import org.cora.application.port.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /assets} {@code {name, ports?}}: register a Commissioned Asset; 201 with its id and Location. */
@RestController
public final class RegisterAssetRoute {

    private static final Set<String> FIELDS = Set.of("name", "ports");

    private final RegisterAssetHandler handler;
    private final RequestCaller callers;
    private final IdempotencyKeyHeader idempotency;

    public RegisterAssetRoute(RegisterAssetHandler handler, RequestCaller callers, IdempotencyKeyHeader idempotency) {
        this.handler = handler;
        this.callers = callers;
        this.idempotency = idempotency;
    }

    @PostMapping("/assets")
    public ResponseEntity<Map<String, Object>> register(@org.springframework.web.bind.annotation.RequestBody(required = false) String text, HttpServletRequest request) {
        RequestBody body = RequestBody.read(text, FIELDS);
        RegisterAssetCommand command = new RegisterAssetCommand(body.optionalString("name").orElse(null),
                PortRequests.list(body, "ports"));
        Caller caller = callers.of(request);
        return idempotency.respond(request, body, RegisterAssetHandler.COMMAND_NAME, () -> {
            AssetId id = handler.handle(command, caller);
            return IdempotencyKeyHeader.created("/assets/" + id, "asset_id", id);
        });
    }
}
