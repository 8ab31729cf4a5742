package org.cora.application.features.deprecaterecipe;

import org.cora.application.eventsourcing.LoadedAggregate;
import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.application.recipe.RecipeStreams;
import org.cora.domain.features.deprecaterecipe.DeprecateRecipeCommand;
import org.cora.domain.features.deprecaterecipe.DeprecateRecipeDecider;
import org.cora.domain.recipe.Recipe;
import org.cora.domain.recipe.RecipeEvent;
import org.cora.domain.recipe.RecipeId;
import org.cora.domain.shared.Clock;

/** Deprecates a Recipe. */
public final class DeprecateRecipeHandler {

    public static final String COMMAND_NAME = "DeprecateRecipe";

    private final Authorize authorize;
    private final RecipeStreams streams;
    private final Clock clock;

    public DeprecateRecipeHandler(Authorize authorize, RecipeStreams streams, Clock clock) {
        this.authorize = authorize;
        this.streams = streams;
        this.clock = clock;
    }

    public void handle(DeprecateRecipeCommand command, Caller caller) {
        authorize.authorize(caller.principal(), COMMAND_NAME);
        LoadedAggregate<RecipeId, Recipe, RecipeEvent> loaded = streams.load(command.recipeId());
        streams.append(loaded, DeprecateRecipeDecider.decide(loaded.state(), command, clock.now()), caller, COMMAND_NAME);
    }
}
