package org.cora.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Keys are kept for {@code cora.idempotency.retention}, then purged: the same key creates anew. */
@TestPropertySource(properties = {"cora.idempotency.retention=1s", "cora.idempotency.purge-interval=100ms"})
class IdempotencyKeysExpireOverHttpTest extends CoraServerTest {

    @Test
    void aKeyIsPurgedAfterItsRetentionAndThenCreatesANewProcedure() {
        KeyedPosts posts = new KeyedPosts(port);
        String key = "expiring-" + UUID.randomUUID();
        String body = "{\"name\":\"expiring key\",\"kind\":\"alignment\"}";
        KeyedPosts.Answer first = posts.post("operator:ada", key, "/procedures", body);
        assertThat(first.status()).isEqualTo(201);

        eventually(Duration.ofSeconds(20), "the purge deletes the expired key",
                () -> keysStored(key) == 0 ? Optional.of(true) : Optional.empty());
        KeyedPosts.Answer afterRetention = posts.post("operator:ada", key, "/procedures", body);

        assertThat(afterRetention.status()).isEqualTo(201);
        assertThat(afterRetention.replayed()).isFalse();
        assertThat(afterRetention.text("procedure_id")).isNotEqualTo(first.text("procedure_id"));
    }

    private long keysStored(String key) {
        try (Connection c = testDatabase().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM idempotency_keys WHERE idempotency_key = ?")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
