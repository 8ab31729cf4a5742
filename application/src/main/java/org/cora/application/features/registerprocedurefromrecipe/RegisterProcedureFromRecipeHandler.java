package org.cora.application.features.registerprocedurefromrecipe;

import java.util.List;
import org.cora.application.capability.CapabilityStreams;
import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.application.port.ParametersSchemaValidator;
import org.cora.application.procedure.LoadedProcedure;
import org.cora.application.procedure.ProcedureStreams;
import org.cora.application.recipe.RecipeStreams;
import org.cora.domain.capability.Capability;
import org.cora.domain.features.registerprocedurefromrecipe.RegisterProcedureFromRecipeCommand;
import org.cora.domain.features.registerprocedurefromrecipe.RegisterProcedureFromRecipeDecider;
import org.cora.domain.procedure.ProcedureEvent;
import org.cora.domain.procedure.ProcedureId;
import org.cora.domain.recipe.Recipe;
import org.cora.domain.shared.Clock;
import org.cora.domain.shared.IdGenerator;

/**
 * Registers a Procedure from a Recipe: loads the recipe and its capability, checks the bindings
 * against the capability's parameters schema, then appends {@code ProcedureRegistered} and
 * {@code RecipeExpansionRecorded} together on the new stream.
 */
public final class RegisterProcedureFromRecipeHandler {

    public static final String COMMAND_NAME = "RegisterProcedureFromRecipe";

    private final Authorize authorize;
    private final ProcedureStreams streams;
    private final RecipeStreams recipes;
    private final CapabilityStreams capabilities;
    private final ParametersSchemaValidator validator;
    private final Clock clock;
    private final IdGenerator ids;

    public RegisterProcedureFromRecipeHandler(Authorize authorize, ProcedureStreams streams, RecipeStreams recipes,
                                              CapabilityStreams capabilities, ParametersSchemaValidator validator,
                                              Clock clock, IdGenerator ids) {
        this.authorize = authorize;
        this.streams = streams;
        this.recipes = recipes;
        this.capabilities = capabilities;
        this.validator = validator;
        this.clock = clock;
        this.ids = ids;
    }

    public ProcedureId handle(RegisterProcedureFromRecipeCommand command, Caller caller) {
        authorize.authorize(caller.principal(), COMMAND_NAME);
        Recipe recipe = recipes.require(command.recipeId());
        Capability capability = capabilities.require(recipe.capabilityId());
        ProcedureId id = new ProcedureId(ids.newId());
        LoadedProcedure loaded = streams.load(id);
        List<ProcedureEvent> events = RegisterProcedureFromRecipeDecider.decide(loaded.state(), command, recipe,
                capability, validator.validate(capability.parametersSchema(), command.bindings()), id, clock.now());
        streams.append(loaded, events, caller, COMMAND_NAME);
        return id;
    }
}
