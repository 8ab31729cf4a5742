package org.cora.domain.recipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cora.domain.recipe.RecipeTestSteps.json;

import java.util.List;
import java.util.Map;
import org.cora.domain.json.Json;
import org.cora.domain.step.ActionStep;
import org.cora.domain.step.CaptureStep;
import org.cora.domain.step.CheckStep;
import org.cora.domain.step.InvalidStepError;
import org.cora.domain.step.SetpointStep;
import org.cora.domain.step.SetpointValue;
import org.cora.domain.step.Step;
import org.cora.domain.step.StepWireCodec;
import org.junit.jupiter.api.Test;

class RecipeExpansionTest {

    static final Json.Obj BINDINGS = (Json.Obj) json("{\"energy\":8.5,\"dwell\":0.1,\"unused\":\"ignored\"}");

    @Test
    void everyArmExpandsInOrderOneStepPerStep() {
        List<RecipeStep> recipe = RecipeTestSteps.everyArm();

        List<Step> steps = RecipeExpansion.expand(recipe, BINDINGS);

        assertThat(steps).hasSize(recipe.size());
        assertThat(steps.get(0)).isEqualTo(new CaptureStep("sim:m1.RBV", "home"));
        assertThat(steps.get(1)).isEqualTo(new SetpointStep("sim:m1", new SetpointValue.Literal(Json.num(8.5)), true));
        assertThat(steps.get(2)).isEqualTo(new SetpointStep("sim:m2", new SetpointValue.Literal(json("[1,2.5]")), false));
        assertThat(steps.get(3)).isEqualTo(new ActionStep("fly_scan",
                (Json.Obj) json("{\"dwell\":0.1,\"frames\":10,\"options\":{\"fast\":true}}")));
        assertThat(steps.get(4)).isEqualTo(new CheckStep("sim:m1.RBV",
                ((org.cora.domain.recipe.RecipeCheckStep) recipe.get(4)).criterion()));
        assertThat(steps.get(5)).isInstanceOf(CheckStep.class);
        assertThat(steps.get(6)).isEqualTo(new SetpointStep("sim:m1", new SetpointValue.CaptureRef("home"), false));
    }

    @Test
    void theSameRecipeAndBindingsAlwaysExpandToTheSameSteps() {
        List<Step> first = RecipeExpansion.expand(RecipeTestSteps.everyArm(), BINDINGS);
        List<Step> second = RecipeExpansion.expand(RecipeTestSteps.everyArm(), (Json.Obj) json(BINDINGS.toJsonText()));

        assertThat(second).isEqualTo(first);
        assertThat(StepWireCodec.toPayloads(second).toJsonText()).isEqualTo(StepWireCodec.toPayloads(first).toJsonText());
    }

    @Test
    void aMissingBindingIsRefusedNamingItAndWhereItIsUsed() {
        assertThatThrownBy(() -> RecipeExpansion.expand(RecipeTestSteps.everyArm(), (Json.Obj) json("{\"energy\":1}")))
                .isInstanceOf(UnboundRecipeBindingError.class)
                .hasMessageContaining("'dwell'").hasMessageContaining("steps[3].params.dwell")
                .satisfies(e -> assertThat(((UnboundRecipeBindingError) e).bindingName()).isEqualTo("dwell"));
    }

    @Test
    void aBoundSetpointValueMustBeWritable() {
        List<RecipeStep> recipe = List.of(new RecipeSetpointStep("a", new RecipeValue.BindingRef("v"), false));
        assertThatThrownBy(() -> RecipeExpansion.expand(recipe, (Json.Obj) json("{\"v\":{\"x\":1}}")))
                .isInstanceOf(InvalidStepError.class);
    }

    @Test
    void theExpanderHasAVersion() {
        assertThat(RecipeExpansion.VERSION).isEqualTo("cora-expander-1");
    }

    @Test
    void bindingNamesAreCollectedAndThoseTheSchemaNoLongerDeclaresAreStale() {
        List<RecipeStep> recipe = RecipeTestSteps.everyArm();
        Json.Obj schema = (Json.Obj) json("{\"type\":\"object\",\"properties\":{\"energy\":{\"type\":\"number\"}}}");

        assertThat(RecipeBindings.names(recipe)).containsExactly("dwell", "energy");
        assertThat(RecipeBindings.staleNames(recipe, schema)).containsExactly("dwell");
        assertThat(RecipeBindings.staleNames(recipe, (Json.Obj) json(
                "{\"type\":\"object\",\"properties\":{\"energy\":{},\"dwell\":{},\"more\":{}}}"))).isEmpty();
        assertThat(RecipeBindings.staleNames(List.of(new RecipeActionStep("count", Map.of())), schema)).isEmpty();
    }
}
