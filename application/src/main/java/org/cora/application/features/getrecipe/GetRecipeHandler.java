package org.cora.application.features.getrecipe;

import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.application.recipe.RecipeStreams;
import org.cora.domain.recipe.Recipe;

/** Folds the Recipe's stream on read; an unknown id is {@code RecipeNotFoundError}. */
public final class GetRecipeHandler {

    public static final String QUERY_NAME = "GetRecipe";

    private final Authorize authorize;
    private final RecipeStreams streams;

    public GetRecipeHandler(Authorize authorize, RecipeStreams streams) {
        this.authorize = authorize;
        this.streams = streams;
    }

    public Recipe handle(GetRecipeQuery query, Caller caller) {
        authorize.authorize(caller.principal(), QUERY_NAME);
        return streams.require(query.recipeId());
    }
}
