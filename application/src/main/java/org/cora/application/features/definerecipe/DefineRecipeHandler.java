package org.cora.application.features.definerecipe;

import org.cora.application.capability.CapabilityStreams;
import org.cora.application.eventsourcing.LoadedAggregate;
import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.application.recipe.RecipeStreams;
import org.cora.domain.capability.Capability;
import org.cora.domain.features.definerecipe.DefineRecipeCommand;
import org.cora.domain.features.definerecipe.DefineRecipeDecider;
import org.cora.domain.recipe.Recipe;
import org.cora.domain.recipe.RecipeEvent;
import org.cora.domain.recipe.RecipeId;
import org.cora.domain.shared.Clock;
import org.cora.domain.shared.IdGenerator;

/** Defines a Recipe of an existing Capability under a fresh UUIDv7 and returns its id. */
public final class DefineRecipeHandler {

    public static final String COMMAND_NAME = "DefineRecipe";

    private final Authorize authorize;
    private final RecipeStreams recipes;
    private final CapabilityStreams capabilities;
    private final Clock clock;
    private final IdGenerator ids;

    public DefineRecipeHandler(Authorize authorize, RecipeStreams recipes, CapabilityStreams capabilities, Clock clock,
                               IdGenerator ids) {
        this.authorize = authorize;
        this.recipes = recipes;
        this.capabilities = capabilities;
        this.clock = clock;
        this.ids = ids;
    }

    public RecipeId handle(DefineRecipeCommand command, Caller caller) {
        authorize.authorize(caller.principal(), COMMAND_NAME);
        Capability capability = capabilities.load(command.capabilityId()).state();
        RecipeId id = new RecipeId(ids.newId());
        LoadedAggregate<RecipeId, Recipe, RecipeEvent> loaded = recipes.load(id);
        recipes.append(loaded, DefineRecipeDecider.decide(loaded.state(), command, capability, id, clock.now()),
                caller, COMMAND_NAME);
        return id;
    }
}
