package org.cora.adapters.http.features.deprecaterecipe;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.deprecaterecipe.DeprecateRecipeHandler;
import org.cora.domain.recipe.RecipeId;
import org.cora.domain.features.deprecaterecipe.DeprecateRecipeCommand;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /recipes/{id}/deprecate} with {"replaced_by_recipe_id"}; 204. */
@RestController
public final class DeprecateRecipeRoute {

    private static final Set<String> FIELDS = Set.of("replaced_by_recipe_id");

    private final DeprecateRecipeHandler handler;
    private final RequestCaller callers;

    public DeprecateRecipeRoute(DeprecateRecipeHandler handler, RequestCaller callers) {
        this.handler = handler;
        this.callers = callers;
    }

    @PostMapping("/recipes/{recipeId}/deprecate")
    public ResponseEntity<Void> handle(@PathVariable String recipeId,
                                       @org.springframework.web.bind.annotation.RequestBody(required = false) String text,
                                       HttpServletRequest request) {
        RecipeId id = new RecipeId(RequestBody.pathId(recipeId, "recipe_id"));
        RequestBody body = RequestBody.read(text, FIELDS);
        handler.handle(new DeprecateRecipeCommand(id, body.optionalUuid("replaced_by_recipe_id").orElse(null)), callers.of(request));
        return ResponseEntity.noContent().build();
    }
}
