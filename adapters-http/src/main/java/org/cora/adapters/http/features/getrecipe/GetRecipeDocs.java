package org.cora.adapters.http.features.getrecipe;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link GetRecipeRoute}. */
@Component
final class GetRecipeDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(GetRecipeRoute.class, "A Recipe")
                .response(200, "the Recipe", """
                        {
                          "recipe_id": "0193a7c2-5b79-7130-867e-4dff30083df3",
                          "name": "exposure then count",
                          "capability_id": "0193a7c2-58b0-7596-9da1-956e37f35418",
                          "steps": [
                            {
                              "kind": "setpoint",
                              "address": "sim:cam:exposure",
                              "value": {"__binding__": "exposure"}
                            },
                            {"kind": "action", "name": "count", "params": {"detector": "sim:det", "seconds": 0.05}}
                          ],
                          "status": "Versioned",
                          "version": "v2",
                          "versions": [
                            {
                              "version": "v2",
                              "steps": [
                                {
                                  "kind": "setpoint",
                                  "address": "sim:cam:exposure",
                                  "value": {"__binding__": "exposure"}
                                },
                                {
                                  "kind": "action",
                                  "name": "count",
                                  "params": {"detector": "sim:det", "seconds": 0.05}
                                }
                              ]
                            }
                          ],
                          "replaced_by_recipe_id": null
                        }""")
                .error(404, "RecipeNotFoundError", "Recipe 0193a7c2-5b79-7130-867e-4dff30083df3 not found");
    }
}
