package org.cora.adapters.http.features.versionrecipe;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link VersionRecipeRoute}. */
@Component
final class VersionRecipeDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(VersionRecipeRoute.class, "Give a Recipe a new version tag")
                .description("Pins its current steps under the tag.")
                .request("v2", """
                        {"version": "v2"}""")
                .noContent(204, "versioned")
                .error(404, "RecipeNotFoundError", "Recipe 0193a7c2-5b79-7130-867e-4dff30083df3 not found")
                .error(400, "InvalidRecipeVersionError", "version must be 1..50 characters, got ''")
                .error(409, "RecipeCannotVersionError",
                        "Recipe 0193a7c2-5b79-7130-867e-4dff30083df3 cannot be versioned from status Deprecated");
    }
}
