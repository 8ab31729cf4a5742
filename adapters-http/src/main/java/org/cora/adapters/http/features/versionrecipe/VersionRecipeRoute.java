package org.cora.adapters.http.features.versionrecipe;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.versionrecipe.VersionRecipeHandler;
import org.cora.domain.recipe.RecipeId;
import org.cora.domain.features.versionrecipe.VersionRecipeCommand;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /recipes/{id}/version} with {"version"}; 204. */
@RestController
public final class VersionRecipeRoute {

    private static final Set<String> FIELDS = Set.of("version");

    private final VersionRecipeHandler handler;
    private final RequestCaller callers;

    public VersionRecipeRoute(VersionRecipeHandler handler, RequestCaller callers) {
        this.handler = handler;
        this.callers = callers;
    }

    @PostMapping("/recipes/{recipeId}/version")
    public ResponseEntity<Void> handle(@PathVariable String recipeId,
                                       @org.springframework.web.bind.annotation.RequestBody(required = false) String text,
                                       HttpServletRequest request) {
        RecipeId id = new RecipeId(RequestBody.pathId(recipeId, "recipe_id"));
        RequestBody body = RequestBody.read(text, FIELDS);
        handler.handle(new VersionRecipeCommand(id, body.optionalString("version").orElse(null)), callers.of(request));
        return ResponseEntity.noContent().build();
    }
}
