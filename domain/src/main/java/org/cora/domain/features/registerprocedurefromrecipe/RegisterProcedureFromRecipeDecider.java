package org.cora.domain.features.registerprocedurefromrecipe;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.cora.domain.capability.Capability;
import org.cora.domain.capability.ExecutorShape;
import org.cora.domain.features.registerprocedure.RegisterProcedureDecider;
import org.cora.domain.json.CanonicalJson;
import org.cora.domain.procedure.InvalidProcedureKindError;
import org.cora.domain.procedure.InvalidProcedureNameError;
import org.cora.domain.procedure.Procedure;
import org.cora.domain.procedure.ProcedureAlreadyExistsError;
import org.cora.domain.procedure.ProcedureEvent;
import org.cora.domain.procedure.ProcedureEvent.ProcedureRegistered;
import org.cora.domain.procedure.ProcedureEvent.RecipeExpansionRecorded;
import org.cora.domain.procedure.ProcedureId;
import org.cora.domain.recipe.Recipe;
import org.cora.domain.recipe.RecipeBindings;
import org.cora.domain.recipe.RecipeBindingsStaleAgainstCurrentCapabilityError;
import org.cora.domain.recipe.RecipeExpansion;
import org.cora.domain.resolution.InvalidRecipeBindingsError;
import org.cora.domain.resolution.ProcedureCapabilityExecutorMismatchError;
import org.cora.domain.resolution.RecipeExpansionDeterminismError;
import org.cora.domain.resolution.RecipeExpansionOverflowError;
import org.cora.domain.shared.BoundedText;
import org.cora.domain.step.Step;
import org.cora.domain.step.StepWireCodec;

/**
 * Invariants, in order: every binding the recipe uses is a parameter of its capability now; the
 * stream is new; the capability admits Procedures; the bindings satisfy its parameters schema
 * ({@code bindingViolations}, checked by the caller with a schema library); kind then name are
 * valid; the expansion holds at most {@value #EXPANSION_STEP_MAX} steps; a second expansion equals
 * the first. Emits {@code ProcedureRegistered} and {@code RecipeExpansionRecorded} with the SHA-256
 * of the canonical bindings and of the expanded steps; the steps themselves are not stored.
 */
public final class RegisterProcedureFromRecipeDecider {

    public static final int EXPANSION_STEP_MAX = 10_000;

    private RegisterProcedureFromRecipeDecider() {
    }

    public static List<ProcedureEvent> decide(Procedure state, RegisterProcedureFromRecipeCommand command,
                                              Recipe recipe, Capability capability, List<String> bindingViolations,
                                              ProcedureId newId, Instant now) {
        Set<String> stale = RecipeBindings.staleNames(recipe.steps(), capability.parametersSchema());
        if (!stale.isEmpty()) {
            throw new RecipeBindingsStaleAgainstCurrentCapabilityError(stale, capability.id());
        }
        if (state != null) {
            throw new ProcedureAlreadyExistsError(newId);
        }
        if (!capability.executorShapes().contains(ExecutorShape.Procedure)) {
            throw new ProcedureCapabilityExecutorMismatchError(capability.id().toString());
        }
        if (!bindingViolations.isEmpty()) {
            throw new InvalidRecipeBindingsError(bindingViolations);
        }
        String kind = BoundedText.trimmed(command.kind(), RegisterProcedureDecider.KIND_MAX)
                .orElseThrow(() -> new InvalidProcedureKindError(command.kind()));
        String name = BoundedText.trimmed(command.name(), RegisterProcedureDecider.NAME_MAX)
                .orElseThrow(() -> new InvalidProcedureNameError(command.name()));
        List<Step> expanded = expandOnceBounded(recipe, command);
        if (!expanded.equals(RecipeExpansion.expand(recipe.steps(), command.bindings()))) {
            throw new RecipeExpansionDeterminismError(recipe.id().toString());
        }
        return List.of(
                new ProcedureRegistered(newId, name, kind, command.targetAssetIds(), command.parentRunId(),
                        capability.id().value(), recipe.id().value(), now),
                new RecipeExpansionRecorded(newId, recipe.id().value(), recipe.version(), capability.id().value(),
                        capability.version(), command.bindings(), RecipeExpansion.VERSION,
                        CanonicalJson.sha256(StepWireCodec.toPayloads(expanded)), CanonicalJson.sha256(command.bindings()),
                        expanded.size(), now));
    }

    private static List<Step> expandOnceBounded(Recipe recipe, RegisterProcedureFromRecipeCommand command) {
        if (recipe.steps().size() > EXPANSION_STEP_MAX) {
            throw new RecipeExpansionOverflowError(recipe.steps().size(), EXPANSION_STEP_MAX);
        }
        return RecipeExpansion.expand(recipe.steps(), command.bindings());
    }
}
