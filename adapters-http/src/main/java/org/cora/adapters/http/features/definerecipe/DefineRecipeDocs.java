package org.cora.adapters.http.features.definerecipe;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link DefineRecipeRoute}. */
@Component
final class DefineRecipeDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(DefineRecipeRoute.class, "Define a Recipe for a Capability")
                .description("Steps as for a conduct, with {\"__binding__\": parameter} where a bound value goes.")
                .request("exposure then count", """
                        {
                          "name": "exposure then count",
                          "capability_id": "0193a7c2-58b0-7596-9da1-956e37f35418",
                          "steps": [
                            {
                              "kind": "setpoint",
                              "address": "sim:cam:exposure",
                              "value": {"__binding__": "exposure"}
                            },
                            {"kind": "action", "name": "count", "params": {"detector": "sim:det", "seconds": 0.05}}
                          ]
                        }""")
                .response(201, "created; Location names it", """
                        {"recipe_id": "0193a7c2-5b79-7130-867e-4dff30083df3"}""")
                .error(404, "CapabilityNotFoundError", "Capability 0193a7c2-58b0-7596-9da1-956e37f35418 not found")
                .error(400, "InvalidRecipeNameError", "Recipe name must be 1..200 characters after trimming, got ''")
                .error(409, "RecipeCapabilityDeprecatedError",
                        "Capability 0193a7c2-58b0-7596-9da1-956e37f35418 is Deprecated: no new Recipe may use it")
                .error(409, "RecipeAlreadyExistsError", "Recipe 0193a7c2-5b79-7130-867e-4dff30083df3 already exists")
                .error(422, "InvalidRecipeStepError",
                        "steps[0].value: {\"__binding__\": \"gain\"} names no parameter of the Capability");
    }
}
