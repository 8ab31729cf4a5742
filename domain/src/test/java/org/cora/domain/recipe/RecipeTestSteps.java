package org.cora.domain.recipe;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.cora.domain.step.EqualsCriterion;
import org.cora.domain.step.WithinToleranceCriterion;

/** Recipe steps of every arm and value kind, for the tests. */
final class RecipeTestSteps {

    private RecipeTestSteps() {
    }

    static Json json(String text) {
        return JsonParser.parse(text);
    }

    static List<RecipeStep> everyArm() {
        Map<String, RecipeValue> params = new LinkedHashMap<>();
        params.put("dwell", new RecipeValue.BindingRef("dwell"));
        params.put("frames", new RecipeValue.Literal(Json.num(10)));
        params.put("options", new RecipeValue.Literal(json("{\"fast\":true}")));
        return List.of(
                new RecipeCaptureStep("sim:m1.RBV", "home"),
                new RecipeSetpointStep("sim:m1", new RecipeValue.BindingRef("energy"), true),
                new RecipeSetpointStep("sim:m2", new RecipeValue.Literal(json("[1, 2.5]")), false),
                new RecipeActionStep("fly_scan", params),
                new RecipeCheckStep("sim:m1.RBV", new WithinToleranceCriterion(
                        new java.math.BigDecimal("1.5"), new java.math.BigDecimal("0.01"))),
                new RecipeCheckStep("sim:shutter", new EqualsCriterion(Json.str("open"))),
                new RecipeSetpointStep("sim:m1", new RecipeValue.CaptureRef("home"), false));
    }
}
