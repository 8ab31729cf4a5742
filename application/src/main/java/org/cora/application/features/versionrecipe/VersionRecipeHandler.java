package org.cora.application.features.versionrecipe;

import org.cora.application.eventsourcing.LoadedAggregate;
import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.application.recipe.RecipeStreams;
import org.cora.domain.features.versionrecipe.VersionRecipeCommand;
import org.cora.domain.features.versionrecipe.VersionRecipeDecider;
import org.cora.domain.recipe.Recipe;
import org.cora.domain.recipe.RecipeEvent;
import org.cora.domain.recipe.RecipeId;
import org.cora.domain.shared.Clock;

/** Tags a Recipe's current steps with a new version. */
public final class VersionRecipeHandler {

    public static final String COMMAND_NAME = "VersionRecipe";

    private final Authorize authorize;
    private final RecipeStreams streams;
    private final Clock clock;

    public VersionRecipeHandler(Authorize authorize, RecipeStreams streams, Clock clock) {
        this.authorize = authorize;
        this.streams = streams;
        this.clock = clock;
    }

    public void handle(VersionRecipeCommand command, Caller caller) {
        authorize.authorize(caller.principal(), COMMAND_NAME);
        LoadedAggregate<RecipeId, Recipe, RecipeEvent> loaded = streams.load(command.recipeId());
        streams.append(loaded, VersionRecipeDecider.decide(loaded.state(), command, clock.now()), caller, COMMAND_NAME);
    }
}
