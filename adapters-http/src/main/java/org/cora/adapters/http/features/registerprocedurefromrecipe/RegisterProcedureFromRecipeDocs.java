package org.cora.adapters.http.features.registerprocedurefromrecipe;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link RegisterProcedureFromRecipeRoute}. */
@Component
final class RegisterProcedureFromRecipeDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(RegisterProcedureFromRecipeRoute.class, "Register a Procedure from a Recipe")
                .description("Expands the Recipe with the bindings (validated against its Capability's "
                        + "parameters_schema) and records the expansion, which every conduct replays.")
                .request("a Recipe with bindings", """
                        {
                          "name": "expose",
                          "kind": "acquisition",
                          "recipe_id": "0193a7c2-5b79-7130-867e-4dff30083df3",
                          "bindings": {"exposure": 0.25}
                        }""")
                .response(201, "created; Location names it", """
                        {"procedure_id": "0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9"}""")
                .error(404, "RecipeNotFoundError", "Recipe 0193a7c2-5b79-7130-867e-4dff30083df3 not found")
                .error(400, "InvalidProcedureNameError",
                        "Procedure name must be 1..200 characters after trimming, got ''")
                .error(409, "ProcedureCapabilityExecutorMismatchError",
                        "Capability 0193a7c2-58b0-7596-9da1-956e37f35418 does not accept the Procedure executor "
                                + "shape")
                .error(422, "InvalidRecipeBindingsError",
                        "bindings do not match the parameters_schema: $.exposure: must be at most 10")
                .error(422, "RecipeBindingsStaleAgainstCurrentCapabilityError",
                        "the bindings were written for another version of Capability "
                                + "0193a7c2-58b0-7596-9da1-956e37f35418")
                .error(422, "RecipeExpansionOverflowError", "the expansion has more than 500 steps");
    }
}
