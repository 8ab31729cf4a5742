package org.cora.app;

import org.cora.app.jsonschema.NetworkntParametersSchemaValidator;
import org.cora.application.capability.CapabilityStreams;
import org.cora.application.features.definecapability.DefineCapabilityHandler;
import org.cora.application.features.definerecipe.DefineRecipeHandler;
import org.cora.application.features.deprecatecapability.DeprecateCapabilityHandler;
import org.cora.application.features.deprecaterecipe.DeprecateRecipeHandler;
import org.cora.application.features.getcapability.GetCapabilityHandler;
import org.cora.application.features.getrecipe.GetRecipeHandler;
import org.cora.application.features.versioncapability.VersionCapabilityHandler;
import org.cora.application.features.versionrecipe.VersionRecipeHandler;
import org.cora.application.port.Authorize;
import org.cora.application.port.EventStore;
import org.cora.application.port.ParametersSchemaValidator;
import org.cora.application.recipe.RecipeStreams;
import org.cora.domain.shared.Clock;
import org.cora.domain.shared.IdGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Capability and Recipe slices, wired to the ports. */
@Configuration(proxyBeanMethods = false)
class CapabilityRecipeWiring {

    @Bean
    CapabilityStreams capabilityStreams(EventStore store, IdGenerator ids) {
        return new CapabilityStreams(store, ids);
    }

    @Bean
    RecipeStreams recipeStreams(EventStore store, IdGenerator ids) {
        return new RecipeStreams(store, ids);
    }

    @Bean
    ParametersSchemaValidator parametersSchemaValidator() {
        return new NetworkntParametersSchemaValidator();
    }

    @Bean
    DefineCapabilityHandler defineCapabilityHandler(Authorize authorize, CapabilityStreams streams, Clock clock,
                                                    IdGenerator ids) {
        return new DefineCapabilityHandler(authorize, streams, clock, ids);
    }

    @Bean
    VersionCapabilityHandler versionCapabilityHandler(Authorize authorize, CapabilityStreams streams, Clock clock) {
        return new VersionCapabilityHandler(authorize, streams, clock);
    }

    @Bean
    DeprecateCapabilityHandler deprecateCapabilityHandler(Authorize authorize, CapabilityStreams streams, Clock clock) {
        return new DeprecateCapabilityHandler(authorize, streams, clock);
    }

    @Bean
    GetCapabilityHandler getCapabilityHandler(Authorize authorize, CapabilityStreams streams) {
        return new GetCapabilityHandler(authorize, streams);
    }

    @Bean
    DefineRecipeHandler defineRecipeHandler(Authorize authorize, RecipeStreams recipes, CapabilityStreams capabilities,
                                            Clock clock, IdGenerator ids) {
        return new DefineRecipeHandler(authorize, recipes, capabilities, clock, ids);
    }

    @Bean
    VersionRecipeHandler versionRecipeHandler(Authorize authorize, RecipeStreams streams, Clock clock) {
        return new VersionRecipeHandler(authorize, streams, clock);
    }

    @Bean
    DeprecateRecipeHandler deprecateRecipeHandler(Authorize authorize, RecipeStreams streams, Clock clock) {
        return new DeprecateRecipeHandler(authorize, streams, clock);
    }

    @Bean
    GetRecipeHandler getRecipeHandler(Authorize authorize, RecipeStreams streams) {
        return new GetRecipeHandler(authorize, streams);
    }
}
