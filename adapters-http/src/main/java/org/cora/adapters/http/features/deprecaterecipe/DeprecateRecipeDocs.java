package org.cora.adapters.http.features.deprecaterecipe;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link DeprecateRecipeRoute}. */
@Component
final class DeprecateRecipeDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(DeprecateRecipeRoute.class, "Deprecate a Recipe")
                .description("Optionally naming its replacement.")
                .request("replaced", """
                        {"replaced_by_recipe_id": "0193a7c2-5b79-7130-867e-4dff30083df4"}""")
                .request("without replacement", """
                        {}""")
                .noContent(204, "deprecated")
                .error(404, "RecipeNotFoundError", "Recipe 0193a7c2-5b79-7130-867e-4dff30083df3 not found")
                .error(409, "RecipeCannotDeprecateError",
                        "Recipe 0193a7c2-5b79-7130-867e-4dff30083df3 is already Deprecated");
    }
}
