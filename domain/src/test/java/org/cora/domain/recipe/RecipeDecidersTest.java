package org.cora.domain.recipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cora.domain.capability.Capability;
import org.cora.domain.capability.CapabilityEvent.CapabilityDefined;
import org.cora.domain.capability.CapabilityEvent.CapabilityDeprecated;
import org.cora.domain.capability.CapabilityEvolver;
import org.cora.domain.capability.CapabilityId;
import org.cora.domain.capability.CapabilityNotFoundError;
import org.cora.domain.capability.ExecutorShape;
import org.cora.domain.features.definerecipe.DefineRecipeCommand;
import org.cora.domain.features.definerecipe.DefineRecipeDecider;
import org.cora.domain.features.deprecaterecipe.DeprecateRecipeCommand;
import org.cora.domain.features.deprecaterecipe.DeprecateRecipeDecider;
import org.cora.domain.features.versionrecipe.VersionRecipeCommand;
import org.cora.domain.features.versionrecipe.VersionRecipeDecider;
import org.cora.domain.json.Json;
import org.cora.domain.recipe.RecipeEvent.RecipeDefined;
import org.cora.domain.recipe.RecipeEvent.RecipeDeprecated;
import org.cora.domain.recipe.RecipeEvent.RecipeVersioned;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RecipeDecidersTest {

    static final Instant NOW = Instant.parse("2026-03-14T09:26:53Z");
    static final RecipeId ID = RecipeId.of("0190a4b0-0000-7000-8000-00000000e001");
    static final CapabilityId CAPABILITY_ID = CapabilityId.of("0190a4b0-0000-7000-8000-00000000c001");
    static final Json.Obj SCHEMA = (Json.Obj) RecipeTestSteps.json(
            "{\"type\":\"object\",\"properties\":{\"energy\":{\"type\":\"number\"},\"dwell\":{\"type\":\"number\"}}}");
    static final List<RecipeStep> STEPS = RecipeTestSteps.everyArm();

    static final CapabilityDefined CAPABILITY_DEFINED = new CapabilityDefined(CAPABILITY_ID, "cora.capability.scan",
            "Scan", SCHEMA, List.of(ExecutorShape.Procedure), NOW);
    static final Capability CAPABILITY = CapabilityEvolver.fold(List.of(CAPABILITY_DEFINED));

    static RecipeDefined defined() {
        return new RecipeDefined(ID, "Energy scan", CAPABILITY_ID, STEPS, NOW);
    }

    static Recipe given(RecipeEvent... events) {
        return RecipeEvolver.fold(List.of(events));
    }

    @Nested
    class DefineRecipe {

        @Test
        void aRecipeOfAnExistingCapabilityIsDefined() {
            assertThat(DefineRecipeDecider.decide(null,
                    new DefineRecipeCommand(" Energy scan ", CAPABILITY_ID, STEPS), CAPABILITY, ID, NOW))
                    .containsExactly(defined());
            Recipe state = given(defined());
            assertThat(state.status()).isEqualTo(RecipeStatus.Defined);
            assertThat(state.version()).isNull();
            assertThat(state.steps()).isEqualTo(STEPS);
        }

        @Test
        void theNameThenTheStepsThenTheCapabilityThenItsBindingsThenTheStream() {
            Recipe existing = given(defined());
            Capability deprecated = CapabilityEvolver.fold(List.of(CAPABILITY_DEFINED,
                    new CapabilityDeprecated(CAPABILITY_ID, null, NOW)));
            assertThatThrownBy(() -> DefineRecipeDecider.decide(existing,
                    new DefineRecipeCommand(" ", CAPABILITY_ID, List.of()), null, ID, NOW))
                    .isInstanceOf(InvalidRecipeNameError.class).hasMessageContaining("1..200");
            assertThatThrownBy(() -> DefineRecipeDecider.decide(existing,
                    new DefineRecipeCommand("n", CAPABILITY_ID, List.of()), null, ID, NOW))
                    .isInstanceOf(InvalidRecipeStepError.class).hasMessageContaining("at least one");
            assertThatThrownBy(() -> DefineRecipeDecider.decide(existing,
                    new DefineRecipeCommand("n", CAPABILITY_ID, STEPS), null, ID, NOW))
                    .isInstanceOf(CapabilityNotFoundError.class);
            assertThatThrownBy(() -> DefineRecipeDecider.decide(existing,
                    new DefineRecipeCommand("n", CAPABILITY_ID, STEPS), deprecated, ID, NOW))
                    .isInstanceOf(RecipeCapabilityDeprecatedError.class);
            Capability narrower = CapabilityEvolver.fold(List.of(new CapabilityDefined(CAPABILITY_ID, "cora.capability.scan",
                    "Scan", (Json.Obj) RecipeTestSteps.json("{\"type\":\"object\",\"properties\":{\"energy\":{}}}"),
                    List.of(ExecutorShape.Procedure), NOW)));
            assertThatThrownBy(() -> DefineRecipeDecider.decide(existing,
                    new DefineRecipeCommand("n", CAPABILITY_ID, STEPS), narrower, ID, NOW))
                    .isInstanceOf(RecipeBindingsStaleAgainstCurrentCapabilityError.class).hasMessageContaining("dwell");
            assertThatThrownBy(() -> DefineRecipeDecider.decide(existing,
                    new DefineRecipeCommand("n", CAPABILITY_ID, STEPS), CAPABILITY, ID, NOW))
                    .isInstanceOf(RecipeAlreadyExistsError.class);
        }
    }

    @Nested
    class VersionRecipe {

        @Test
        void eachVersionRecordsItsTagAndTheStepsAtThatVersion() {
            List<RecipeEvent> v1 = VersionRecipeDecider.decide(given(defined()), new VersionRecipeCommand(ID, " v1 "), NOW);
            assertThat(v1).containsExactly(new RecipeVersioned(ID, "v1", STEPS, NOW));
            Recipe after = given(defined(), v1.getFirst(), new RecipeVersioned(ID, "v2", STEPS.subList(0, 2), NOW));

            assertThat(after.status()).isEqualTo(RecipeStatus.Versioned);
            assertThat(after.version()).isEqualTo("v2");
            assertThat(after.asOf("v1").orElseThrow().steps()).isEqualTo(STEPS);
            assertThat(after.asOf("v2").orElseThrow().steps()).isEqualTo(STEPS.subList(0, 2));
            assertThat(after.asOf("v3")).isEmpty();
        }

        @Test
        void existenceThenTagThenStatusThenNovelty() {
            assertThatThrownBy(() -> VersionRecipeDecider.decide(null, new VersionRecipeCommand(ID, ""), NOW))
                    .isInstanceOf(RecipeNotFoundError.class);
            Recipe deprecated = given(defined(), new RecipeDeprecated(ID, null, NOW));
            assertThatThrownBy(() -> VersionRecipeDecider.decide(deprecated, new VersionRecipeCommand(ID, "  "), NOW))
                    .isInstanceOf(InvalidRecipeVersionError.class).hasMessageContaining("1..50");
            assertThatThrownBy(() -> VersionRecipeDecider.decide(deprecated, new VersionRecipeCommand(ID, "v1"), NOW))
                    .isInstanceOf(RecipeCannotVersionError.class).hasMessageContaining("deprecated");
            Recipe v1 = given(defined(), new RecipeVersioned(ID, "v1", STEPS, NOW));
            assertThatThrownBy(() -> VersionRecipeDecider.decide(v1, new VersionRecipeCommand(ID, "v1"), NOW))
                    .isInstanceOf(RecipeCannotVersionError.class).hasMessageContaining("already");
        }
    }

    @Nested
    class DeprecateRecipe {

        @Test
        void aRecipeIsDeprecatedOnceKeepingItsVersions() {
            UUID replacement = UUID.fromString("0190a4b0-0000-7000-8000-00000000e002");
            Recipe v1 = given(defined(), new RecipeVersioned(ID, "v1", STEPS, NOW));
            List<RecipeEvent> events = DeprecateRecipeDecider.decide(v1, new DeprecateRecipeCommand(ID, replacement), NOW);
            assertThat(events).containsExactly(new RecipeDeprecated(ID, replacement, NOW));
            Recipe after = given(defined(), new RecipeVersioned(ID, "v1", STEPS, NOW), events.getFirst());
            assertThat(after.isDeprecated()).isTrue();
            assertThat(after.asOf("v1")).isPresent();
            assertThat(after.replacedByRecipeId()).isEqualTo(replacement);

            assertThatThrownBy(() -> DeprecateRecipeDecider.decide(after, new DeprecateRecipeCommand(ID, null), NOW))
                    .isInstanceOf(RecipeCannotDeprecateError.class);
            assertThatThrownBy(() -> DeprecateRecipeDecider.decide(null, new DeprecateRecipeCommand(ID, null), NOW))
                    .isInstanceOf(RecipeNotFoundError.class);
            assertThatThrownBy(() -> DeprecateRecipeDecider.decide(v1, new DeprecateRecipeCommand(ID, ID.value()), NOW))
                    .isInstanceOf(RecipeCannotDeprecateError.class);
        }
    }

    @Nested
    class Codec {

        @Test
        void everyEventRoundTripsThroughItsStoredPayload() {
            for (RecipeEvent event : List.of(defined(), new RecipeVersioned(ID, "v1", STEPS, NOW),
                    new RecipeDeprecated(ID, null, NOW), new RecipeDeprecated(ID, CAPABILITY_ID.value(), NOW))) {
                assertThat(RecipeEventCodec.fromStored(event.eventType(), RecipeEventCodec.toPayload(event))).isEqualTo(event);
            }
            assertThat(RecipeEventCodec.toPayload(defined()).fields().keySet())
                    .containsExactly("recipe_id", "name", "capability_id", "steps", "occurred_at");
        }

        @Test
        void storedStepsThatNoLongerReadAreAMalformedEvent() {
            Json.Obj payload = RecipeEventCodec.toPayload(defined()).with("steps", RecipeTestSteps.json("[{\"kind\":\"x\"}]"));
            assertThatThrownBy(() -> RecipeEventCodec.fromStored("RecipeDefined", payload))
                    .isInstanceOf(MalformedRecipeEventError.class);
            assertThatThrownBy(() -> RecipeEventCodec.fromStored("RecipeRenamed", payload))
                    .isInstanceOf(UnknownRecipeEventTypeError.class);
        }
    }
}
