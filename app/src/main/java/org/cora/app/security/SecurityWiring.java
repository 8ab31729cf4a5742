package org.cora.app.security;

import java.nio.file.Path;
import java.util.Optional;
import org.cora.adapters.http.BearerAuthentication;
import org.cora.application.port.Authorize;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/** Who may do what: the access mode, the policy every handler asks, and bearer authentication for HTTP. */
@Configuration(proxyBeanMethods = false)
class SecurityWiring {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityWiring.class);

    @Bean
    AccessMode accessMode(Environment environment) {
        AccessMode mode = AccessMode.decide(
                Optional.ofNullable(environment.getProperty(AccessMode.TOKENS_FILE))
                        .filter(file -> !file.isBlank()).map(Path::of),
                Optional.ofNullable(environment.getProperty(AccessMode.DEVELOPMENT_ALLOW_ALL, Boolean.class)),
                environment.getProperty(AccessMode.EMBEDDED_DATABASE, Boolean.class, false));
        if (mode.development()) {
            LOG.warn("""

                    ************************************************************************************
                    DEVELOPMENT MODE: authorization is ALLOW-ALL. Every caller may issue every command,
                    as the principal its bearer token names, else its X-Cora-Principal header, else
                    'anonymous'. Decided by {}.
                    Do not let anyone else reach this service. For a real deployment give
                    --{}=FILE (docs/OPERATING.md, "Tokens and roles").
                    ************************************************************************************""",
                    mode.why(), AccessMode.TOKENS_FILE);
        } else {
            LOG.info("Authorization: roles from {} ({} tokens); requests without a known bearer token are "
                    + "refused with 401", mode.why(), mode.tokens().size());
        }
        return mode;
    }

    @Bean
    Authorize authorize(AccessMode mode) {
        return mode.development() ? new AllowAllAuthorize() : RoleTableAuthorize.of(mode.tokens());
    }

    @Bean
    FilterRegistrationBean<BearerAuthentication> bearerAuthentication(AccessMode mode) {
        BearerAuthentication filter = mode.development()
                ? BearerAuthentication.optional(mode.tokens())
                : BearerAuthentication.required(mode.tokens());
        FilterRegistrationBean<BearerAuthentication> registration = new FilterRegistrationBean<>(filter);
        registration.setName("bearerAuthentication");
        // Before every other filter of ours: nothing may run for a caller that is not known.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
