package org.cora.domain.resolution;

import java.util.List;
import org.cora.domain.capability.Capability;
import org.cora.domain.json.CanonicalJson;
import org.cora.domain.procedure.ProcedureEvent;
import org.cora.domain.procedure.ProcedureEvent.RecipeExpansionRecorded;
import org.cora.domain.procedure.ProcedureId;
import org.cora.domain.recipe.Recipe;
import org.cora.domain.recipe.RecipeExpansion;
import org.cora.domain.recipe.RecipeStep;
import org.cora.domain.step.Step;
import org.cora.domain.step.StepWireCodec;

/**
 * The recipe replay gate of a recipe-driven Procedure, checked in this order: the caller sent no
 * steps; the first {@code RecipeExpansionRecorded} exists; it was made by this expander; the
 * recipe at the pinned version exists; the capability is not deprecated; the pinned bindings
 * still hash to the pinned hash (before the steps, so corrupt bindings and expander drift are told
 * apart); the re-expansion hashes to the pinned steps hash. Returns the re-expanded steps.
 */
public final class RecipeReplay {

    private RecipeReplay() {
    }

    public static List<Step> replay(ProcedureId id, List<ProcedureEvent> events, List<Step> callerSteps, Recipe recipe,
                                    Capability capability) {
        if (!callerSteps.isEmpty()) {
            throw new ProcedureStepsForbiddenForRecipeDrivenError(id.toString());
        }
        RecipeExpansionRecorded pin = events.stream().filter(e -> e instanceof RecipeExpansionRecorded)
                .map(e -> (RecipeExpansionRecorded) e).findFirst()
                .orElseThrow(() -> new RecipeExpansionRecordNotFoundError(id.toString(), "is missing"));
        if (!RecipeExpansion.VERSION.equals(pin.expansionPortVersion())) {
            throw new RecipeExpanderVersionMismatchError(pin.expansionPortVersion(), RecipeExpansion.VERSION);
        }
        List<RecipeStep> steps = stepsAt(recipe, pin.recipeVersion());
        if (capability.isDeprecated()) {
            throw new ProcedureBoundCapabilityDeprecatedError(capability.id().toString());
        }
        if (!CanonicalJson.sha256(pin.bindings()).equals(pin.bindingsHash())) {
            throw new RecipeExpansionReplayMismatchError("bindings");
        }
        List<Step> expanded = RecipeExpansion.expand(steps, pin.bindings());
        if (!CanonicalJson.sha256(StepWireCodec.toPayloads(expanded)).equals(pin.stepsHash())) {
            throw new RecipeExpansionReplayMismatchError("steps");
        }
        return expanded;
    }

    /** The steps as tagged; an untagged pin means the recipe as it is, which the steps hash then vouches for. */
    private static List<RecipeStep> stepsAt(Recipe recipe, String tag) {
        if (tag == null) {
            return recipe.steps();
        }
        return recipe.asOf(tag).orElseThrow(() -> new RecipeVersionNotFoundError(recipe.id().toString(), tag)).steps();
    }
}
