package org.cora.application.conduct;

import java.util.List;
import org.cora.application.capability.CapabilityStreams;
import org.cora.application.eventsourcing.LoadedAggregate;
import org.cora.application.procedure.LoadedProcedure;
import org.cora.application.recipe.RecipeStreams;
import org.cora.domain.capability.Capability;
import org.cora.domain.procedure.Procedure;
import org.cora.domain.recipe.Recipe;
import org.cora.domain.recipe.RecipeEvent;
import org.cora.domain.recipe.RecipeId;
import org.cora.domain.resolution.PseudoAxisExpansion;
import org.cora.domain.resolution.RecipeExpansionRecordNotFoundError;
import org.cora.domain.resolution.RecipeReplay;
import org.cora.domain.resolution.ResolvedSteps;
import org.cora.domain.step.Step;

/**
 * The resolution of every conduct: a recipe-driven Procedure replays its pinned recipe expansion
 * (the caller may send no steps), any other takes the caller's steps; then every pseudo-axis
 * setpoint is expanded into its constituents.
 */
public final class ConductStepResolution implements StepResolution {

    private final RecipeStreams recipes;
    private final CapabilityStreams capabilities;
    private final PseudoAxisResolvers resolvers;

    public ConductStepResolution(RecipeStreams recipes, CapabilityStreams capabilities, PseudoAxisResolvers resolvers) {
        this.recipes = recipes;
        this.capabilities = capabilities;
        this.resolvers = resolvers;
    }

    @Override
    public ResolvedSteps resolve(LoadedProcedure procedure, List<Step> callerSteps) {
        Procedure state = procedure.require();
        List<Step> steps = state.recipeId() == null ? callerSteps : replay(procedure, callerSteps);
        return PseudoAxisExpansion.expand(steps, resolvers.forProcedure(state));
    }

    private List<Step> replay(LoadedProcedure procedure, List<Step> callerSteps) {
        LoadedAggregate<RecipeId, Recipe, RecipeEvent> loaded = recipes.load(new RecipeId(procedure.require().recipeId()));
        Recipe recipe = loaded.state();
        if (recipe == null) {
            throw new RecipeExpansionRecordNotFoundError(procedure.id().toString(), "names a recipe that is not stored");
        }
        Capability capability = capabilities.require(recipe.capabilityId());
        return RecipeReplay.replay(procedure.id(), procedure.events(), callerSteps, recipe, capability);
    }
}
