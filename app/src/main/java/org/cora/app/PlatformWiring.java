package org.cora.app;

import org.cora.domain.shared.Clock;
import org.cora.domain.shared.IdGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Time and ids (authorization is wired in {@code org.cora.app.security}). */
@Configuration(proxyBeanMethods = false)
class PlatformWiring {

    @Bean
    Clock clock() {
        return new SystemClock();
    }

    @Bean
    IdGenerator idGenerator() {
        return new UuidV7Ids();
    }
}
