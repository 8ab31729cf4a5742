package org.cora.adapters.http.features.definerecipe;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import org.cora.adapters.http.IdempotencyKeyHeader;
import org.cora.application.wire.InvalidRequestError;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.definerecipe.DefineRecipeHandler;
import org.cora.application.port.Caller;
import org.cora.domain.capability.CapabilityId;
import org.cora.domain.features.definerecipe.DefineRecipeCommand;
import org.cora.domain.recipe.RecipeId;
import org.cora.domain.recipe.RecipeStepWireCodec;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /recipes}: define a Recipe of a Capability; 201 with its id and Location. */
@RestController
public final class DefineRecipeRoute {

    private static final Set<String> FIELDS = Set.of("name", "capability_id", "steps");

    private final DefineRecipeHandler handler;
    private final RequestCaller callers;
    private final IdempotencyKeyHeader idempotency;

    public DefineRecipeRoute(DefineRecipeHandler handler, RequestCaller callers, IdempotencyKeyHeader idempotency) {
        this.handler = handler;
        this.callers = callers;
        this.idempotency = idempotency;
    }

    @PostMapping("/recipes")
    public ResponseEntity<Map<String, Object>> define(@org.springframework.web.bind.annotation.RequestBody(required = false)
                                                      String text, HttpServletRequest request) {
        RequestBody body = RequestBody.read(text, FIELDS);
        CapabilityId capabilityId = new CapabilityId(RequestBody.uuid(body.requiredString("capability_id"), "capability_id"));
        DefineRecipeCommand command = new DefineRecipeCommand(body.requiredString("name"), capabilityId,
                RecipeStepWireCodec.fromPayloads(body.get("steps")
                        .orElseThrow(() -> new InvalidRequestError("steps is required")), "steps"));
        Caller caller = callers.of(request);
        return idempotency.respond(request, body, DefineRecipeHandler.COMMAND_NAME, () -> {
            RecipeId id = handler.handle(command, caller);
            return IdempotencyKeyHeader.created("/recipes/" + id, "recipe_id", id);
        });
    }
}
