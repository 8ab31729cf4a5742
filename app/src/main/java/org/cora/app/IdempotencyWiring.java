package org.cora.app;

import java.time.Duration;
import org.cora.adapters.postgres.PostgresIdempotencyKeys;
import org.cora.application.idempotency.IdempotentCreates;
import org.cora.application.port.Authorize;
import org.cora.application.port.IdempotencyKeys;
import org.cora.application.port.Transactions;
import org.cora.domain.shared.Clock;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Retried creates: the keys in PostgreSQL, kept {@code cora.idempotency.retention} (24h unless
 * set), and the purge that deletes expired ones every {@code cora.idempotency.purge-interval}.
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyWiring {

    @Bean
    IdempotencyKeys idempotencyKeys(DSLContext dsl) {
        return new PostgresIdempotencyKeys(dsl);
    }

    @Bean
    IdempotentCreates idempotentCreates(Authorize authorize, Transactions transactions, IdempotencyKeys keys,
                                        Clock clock, @Value("${cora.idempotency.retention:24h}") Duration retention) {
        return new IdempotentCreates(authorize, transactions, keys, clock, retention);
    }

    @Bean(destroyMethod = "close")
    IdempotencyKeyPurge idempotencyKeyPurge(IdempotentCreates creates,
                                            @Value("${cora.idempotency.purge-interval:15m}") Duration interval) {
        return IdempotencyKeyPurge.start(creates, interval);
    }
}
