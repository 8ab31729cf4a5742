package org.cora.adapters.http.features.definerecipe;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import org.cora.application.wire.InvalidRequestError;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.definerecipe.DefineRecipeHandler;
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

    public DefineRecipeRoute(DefineRecipeHandler handler, RequestCaller callers) {
        this.handler = handler;
        this.callers = callers;
    }

    @PostMapping("/recipes")
    public ResponseEntity<Map<String, Object>> define(@org.springframework.web.bind.annotation.RequestBody(required = false)
                                                      String text, HttpServletRequest request) {
        RequestBody body = RequestBody.read(text, FIELDS);
        CapabilityId capabilityId = new CapabilityId(RequestBody.uuid(body.requiredString("capability_id"), "capability_id"));
        DefineRecipeCommand command = new DefineRecipeCommand(body.requiredString("name"), capabilityId,
                RecipeStepWireCodec.fromPayloads(body.get("steps")
                        .orElseThrow(() -> new InvalidRequestError("steps is required")), "steps"));
        RecipeId id = handler.handle(command, callers.of(request));
        return ResponseEntity.created(URI.create("/recipes/" + id)).body(Map.of("recipe_id", id.toString()));
    }
}
