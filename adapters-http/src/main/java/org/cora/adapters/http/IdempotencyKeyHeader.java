package org.cora.adapters.http;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import java.util.function.Supplier;
import org.cora.application.idempotency.CreateAnswer;
import org.cora.application.idempotency.IdempotencyKey;
import org.cora.application.idempotency.IdempotentCreates;
import org.cora.application.idempotency.KeyedRequest;
import org.cora.application.port.CreatedResponse;
import org.cora.application.wire.JsonViews;
import org.cora.application.wire.RequestBody;
import org.cora.domain.json.Json;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The {@value #HEADER} header of the create routes. Without it a create runs as it always did.
 * With it, the caller's principal, the key and the hash of the method, route and canonical body go
 * to {@link IdempotentCreates}: the first request creates, a retry gets the first response again
 * (status, body, Location, plus {@value #REPLAYED}: true), and the key reused for another request
 * is refused. Only a body the route has already accepted is hashed: a refused request leaves no key.
 */
@Component
public final class IdempotencyKeyHeader {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    private final IdempotentCreates creates;
    private final RequestCaller callers;

    public IdempotencyKeyHeader(IdempotentCreates creates, RequestCaller callers) {
        this.creates = creates;
        this.callers = callers;
    }

    /** A 201 at {@code location} whose body is {@code {idField: id}}: what every create route answers. */
    public static CreatedResponse created(String location, String idField, Object id) {
        return new CreatedResponse(201, location, Json.Obj.builder().put(idField, id.toString()).build());
    }

    /** Runs {@code create}, or not, as the header says, and answers with what it (or its first run) answered. */
    public ResponseEntity<Map<String, Object>> respond(HttpServletRequest request, RequestBody body, String commandName,
                                                       Supplier<CreatedResponse> create) {
        String key = request.getHeader(HEADER);
        if (key == null) {
            return entity(new CreateAnswer(create.get(), false));
        }
        KeyedRequest keyed = KeyedRequest.of(callers.of(request).principal(), new IdempotencyKey(key),
                request.getMethod(), request.getRequestURI(), body.asJson());
        return entity(creates.create(keyed, commandName, create));
    }

    private static ResponseEntity<Map<String, Object>> entity(CreateAnswer answer) {
        CreatedResponse response = answer.response();
        ResponseEntity.BodyBuilder entity = ResponseEntity.status(response.status());
        if (response.location() != null) {
            entity.location(URI.create(response.location()));
        }
        if (answer.replayed()) {
            entity.header(REPLAYED, "true");
        }
        return entity.body(JsonViews.plain(response.body()));
    }
}
