package org.cora.app;

import org.cora.application.port.Authorize;
import org.cora.domain.shared.Clock;
import org.cora.domain.shared.IdGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Time, ids and authorization. */
@Configuration(proxyBeanMethods = false)
class PlatformWiring {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformWiring.class);

    @Bean
    Clock clock() {
        return new SystemClock();
    }

    @Bean
    IdGenerator idGenerator() {
        return new UuidV7Ids();
    }

    @Bean
    Authorize authorize() {
        LOG.warn("Authorization: allow-all (development policy). Every principal may issue every command.");
        return new AllowAllAuthorize();
    }
}
