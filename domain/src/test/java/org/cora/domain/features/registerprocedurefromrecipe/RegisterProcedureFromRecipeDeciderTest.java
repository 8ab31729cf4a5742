package org.cora.domain.features.registerprocedurefromrecipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cora.domain.capability.Capability;
import org.cora.domain.capability.CapabilityId;
import org.cora.domain.capability.CapabilityStatus;
import org.cora.domain.capability.ExecutorShape;
import org.cora.domain.json.CanonicalJson;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.cora.domain.procedure.InvalidProcedureKindError;
import org.cora.domain.procedure.InvalidProcedureNameError;
import org.cora.domain.procedure.ProcedureEvent;
import org.cora.domain.procedure.ProcedureEvent.ProcedureRegistered;
import org.cora.domain.procedure.ProcedureEvent.RecipeExpansionRecorded;
import org.cora.domain.procedure.ProcedureEvolver;
import org.cora.domain.procedure.ProcedureId;
import org.cora.domain.recipe.Recipe;
import org.cora.domain.recipe.RecipeBindingsStaleAgainstCurrentCapabilityError;
import org.cora.domain.recipe.RecipeExpansion;
import org.cora.domain.recipe.RecipeId;
import org.cora.domain.recipe.RecipeStatus;
import org.cora.domain.recipe.RecipeStep;
import org.cora.domain.recipe.RecipeStepWireCodec;
import org.cora.domain.recipe.RecipeVersion;
import org.cora.domain.resolution.InvalidRecipeBindingsError;
import org.cora.domain.resolution.ProcedureBoundCapabilityDeprecatedError;
import org.cora.domain.resolution.ProcedureCapabilityExecutorMismatchError;
import org.cora.domain.resolution.ProcedureStepsForbiddenForRecipeDrivenError;
import org.cora.domain.resolution.RecipeExpanderVersionMismatchError;
import org.cora.domain.resolution.RecipeExpansionRecordNotFoundError;
import org.cora.domain.resolution.RecipeExpansionReplayMismatchError;
import org.cora.domain.resolution.RecipeReplay;
import org.cora.domain.resolution.RecipeVersionNotFoundError;
import org.cora.domain.step.SetpointStep;
import org.cora.domain.step.SetpointValue;
import org.cora.domain.step.Step;
import org.junit.jupiter.api.Test;

/** Registration from a recipe and the replay gate that every conduct of it passes. */
class RegisterProcedureFromRecipeDeciderTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final ProcedureId NEW_ID = new ProcedureId(UUID.fromString("01960000-0000-7000-8000-000000000001"));
    private static final CapabilityId CAPABILITY_ID = new CapabilityId(UUID.fromString("01960000-0000-7000-8000-0000000000c1"));
    private static final RecipeId RECIPE_ID = new RecipeId(UUID.fromString("01960000-0000-7000-8000-0000000000a1"));
    private static final Json.Obj SCHEMA = (Json.Obj) JsonParser.parse(
            "{\"type\":\"object\",\"properties\":{\"position\":{\"type\":\"number\"}}}");
    private static final List<RecipeStep> STEPS = RecipeStepWireCodec.fromPayloads(JsonParser.parse("""
            [{"kind":"setpoint","address":"sim:m1","value":{"__binding__":"position"},"verify":false},
             {"kind":"check","address":"sim:temp","criterion":{"kind":"equals","expected":21.5}}]"""), "steps");
    private static final Json.Obj BINDINGS = (Json.Obj) JsonParser.parse("{\"position\":30}");

    @Test
    void registrationEmitsTheProcedureAndItsExpansionRecordWithBothHashes() {
        List<ProcedureEvent> events = decide(command("Rotate", "alignment"), capability(CapabilityStatus.Versioned,
                ExecutorShape.Procedure), List.of());

        assertThat(events).hasSize(2);
        ProcedureRegistered registered = (ProcedureRegistered) events.get(0);
        assertThat(registered.recipeId()).isEqualTo(RECIPE_ID.value());
        assertThat(registered.capabilityId()).isEqualTo(CAPABILITY_ID.value());
        RecipeExpansionRecorded expansion = (RecipeExpansionRecorded) events.get(1);
        List<Step> expanded = RecipeExpansion.expand(STEPS, BINDINGS);
        assertThat(expansion.recipeVersion()).isEqualTo("v1");
        assertThat(expansion.capabilityVersion()).isEqualTo("1");
        assertThat(expansion.bindings()).isEqualTo(BINDINGS);
        assertThat(expansion.expansionPortVersion()).isEqualTo(RecipeExpansion.VERSION);
        assertThat(expansion.stepsHash()).isEqualTo(CanonicalJson.sha256(
                org.cora.domain.step.StepWireCodec.toPayloads(expanded)));
        assertThat(expansion.bindingsHash()).isEqualTo(CanonicalJson.sha256(BINDINGS));
        assertThat(expansion.stepCount()).isEqualTo(2);
        assertThat(expanded.getFirst()).isEqualTo(new SetpointStep("sim:m1", SetpointValue.of(Json.num(30)), false));
    }

    @Test
    void theChecksComeInTheirDocumentedOrder() {
        Capability stale = new Capability(CAPABILITY_ID, "cora.capability.x", "x", (Json.Obj) JsonParser.parse(
                "{\"type\":\"object\",\"properties\":{\"energy\":{\"type\":\"number\"}}}"), List.of(ExecutorShape.Method),
                CapabilityStatus.Versioned, "1", List.of("1"), null);
        assertThatThrownBy(() -> decide(command("", ""), stale, List.of("bad")))
                .isInstanceOf(RecipeBindingsStaleAgainstCurrentCapabilityError.class);
        Capability methodOnly = capability(CapabilityStatus.Versioned, ExecutorShape.Method);
        assertThatThrownBy(() -> decide(command("", ""), methodOnly, List.of("bad")))
                .isInstanceOf(ProcedureCapabilityExecutorMismatchError.class);
        Capability fine = capability(CapabilityStatus.Versioned, ExecutorShape.Procedure);
        assertThatThrownBy(() -> decide(command("", ""), fine, List.of("$.position: string found, number expected")))
                .isInstanceOf(InvalidRecipeBindingsError.class).hasMessageContaining("number expected");
        assertThatThrownBy(() -> decide(command("", ""), fine, List.of())).isInstanceOf(InvalidProcedureKindError.class);
        assertThatThrownBy(() -> decide(command("", "alignment"), fine, List.of()))
                .isInstanceOf(InvalidProcedureNameError.class);
    }

    @Test
    void theReplayGateReExpandsThePinnedVersionAndVerifiesBothHashes() {
        List<ProcedureEvent> events = decide(command("Rotate", "alignment"),
                capability(CapabilityStatus.Versioned, ExecutorShape.Procedure), List.of());

        List<Step> replayed = RecipeReplay.replay(NEW_ID, events, List.of(), recipe(),
                capability(CapabilityStatus.Versioned, ExecutorShape.Procedure));

        assertThat(replayed).isEqualTo(RecipeExpansion.expand(STEPS, BINDINGS));
        assertThat(ProcedureEvolver.fold(events).recipeId()).isEqualTo(RECIPE_ID.value());
    }

    @Test
    void theReplayGateRefusesInItsDocumentedOrder() {
        List<ProcedureEvent> events = decide(command("Rotate", "alignment"),
                capability(CapabilityStatus.Versioned, ExecutorShape.Procedure), List.of());
        Capability live = capability(CapabilityStatus.Versioned, ExecutorShape.Procedure);
        List<Step> callerSteps = List.of(new SetpointStep("sim:m1", SetpointValue.of(Json.num(1)), false));

        assertThatThrownBy(() -> RecipeReplay.replay(NEW_ID, events, callerSteps, recipe(), live))
                .isInstanceOf(ProcedureStepsForbiddenForRecipeDrivenError.class);
        assertThatThrownBy(() -> RecipeReplay.replay(NEW_ID, events.subList(0, 1), List.of(), recipe(), live))
                .isInstanceOf(RecipeExpansionRecordNotFoundError.class);
        RecipeExpansionRecorded pin = (RecipeExpansionRecorded) events.get(1);
        assertThatThrownBy(() -> RecipeReplay.replay(NEW_ID, List.of(events.get(0), withExpander(pin, "old-expander")),
                List.of(), recipe(), live)).isInstanceOf(RecipeExpanderVersionMismatchError.class);
        Recipe untagged = new Recipe(RECIPE_ID, "r", CAPABILITY_ID, STEPS, RecipeStatus.Versioned, "v2",
                List.of(new RecipeVersion("v2", STEPS)), null);
        assertThatThrownBy(() -> RecipeReplay.replay(NEW_ID, events, List.of(), untagged, live))
                .isInstanceOf(RecipeVersionNotFoundError.class);
        assertThatThrownBy(() -> RecipeReplay.replay(NEW_ID, events, List.of(), recipe(),
                capability(CapabilityStatus.Deprecated, ExecutorShape.Procedure)))
                .isInstanceOf(ProcedureBoundCapabilityDeprecatedError.class);
        assertThatThrownBy(() -> RecipeReplay.replay(NEW_ID, List.of(events.get(0), withBindingsHash(pin, "0".repeat(64))),
                List.of(), recipe(), live)).isInstanceOf(RecipeExpansionReplayMismatchError.class).hasMessageContaining("bindings");
        Recipe drifted = new Recipe(RECIPE_ID, "r", CAPABILITY_ID, STEPS.subList(0, 1), RecipeStatus.Versioned, "v1",
                List.of(new RecipeVersion("v1", STEPS.subList(0, 1))), null);
        assertThatThrownBy(() -> RecipeReplay.replay(NEW_ID, events, List.of(), drifted, live))
                .isInstanceOf(RecipeExpansionReplayMismatchError.class).hasMessageContaining("steps");
    }

    private static List<ProcedureEvent> decide(RegisterProcedureFromRecipeCommand command, Capability capability,
                                               List<String> violations) {
        return RegisterProcedureFromRecipeDecider.decide(null, command, recipe(), capability, violations, NEW_ID, NOW);
    }

    private static RegisterProcedureFromRecipeCommand command(String name, String kind) {
        return new RegisterProcedureFromRecipeCommand(name, kind, List.of(), null, RECIPE_ID, BINDINGS);
    }

    private static Recipe recipe() {
        return new Recipe(RECIPE_ID, "Rotate", CAPABILITY_ID, STEPS, RecipeStatus.Versioned, "v1",
                List.of(new RecipeVersion("v1", STEPS)), null);
    }

    private static Capability capability(CapabilityStatus status, ExecutorShape shape) {
        return new Capability(CAPABILITY_ID, "cora.capability.rotate", "Rotate", SCHEMA, List.of(shape), status, "1",
                List.of("1"), null);
    }

    private static RecipeExpansionRecorded withExpander(RecipeExpansionRecorded r, String version) {
        return new RecipeExpansionRecorded(r.procedureId(), r.recipeId(), r.recipeVersion(), r.capabilityId(),
                r.capabilityVersion(), r.bindings(), version, r.stepsHash(), r.bindingsHash(), r.stepCount(), r.occurredAt());
    }

    private static RecipeExpansionRecorded withBindingsHash(RecipeExpansionRecorded r, String hash) {
        return new RecipeExpansionRecorded(r.procedureId(), r.recipeId(), r.recipeVersion(), r.capabilityId(),
                r.capabilityVersion(), r.bindings(), r.expansionPortVersion(), r.stepsHash(), hash, r.stepCount(),
                r.occurredAt());
    }
}
