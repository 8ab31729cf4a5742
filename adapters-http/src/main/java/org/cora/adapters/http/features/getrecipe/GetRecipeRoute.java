package org.cora.adapters.http.features.getrecipe;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.cora.application.wire.RecipeViews;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.getrecipe.GetRecipeHandler;
import org.cora.application.features.getrecipe.GetRecipeQuery;
import org.cora.domain.recipe.RecipeId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /recipes/{id}}: the folded state; 404 when absent. */
@RestController
public final class GetRecipeRoute {

    private final GetRecipeHandler handler;
    private final RequestCaller callers;

    public GetRecipeRoute(GetRecipeHandler handler, RequestCaller callers) {
        this.handler = handler;
        this.callers = callers;
    }

    @GetMapping("/recipes/{recipeId}")
    public Map<String, Object> get(@PathVariable String recipeId, HttpServletRequest request) {
        RecipeId id = new RecipeId(RequestBody.pathId(recipeId, "recipe_id"));
        return RecipeViews.recipe(handler.handle(new GetRecipeQuery(id), callers.of(request)));
    }
}
