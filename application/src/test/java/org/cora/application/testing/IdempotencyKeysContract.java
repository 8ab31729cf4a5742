package org.cora.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.cora.application.port.CreatedResponse;
import org.cora.application.port.IdempotencyKeys;
import org.cora.application.port.RememberedCreate;
import org.cora.application.port.Transactions;
import org.cora.domain.json.Json;
import org.junit.jupiter.api.Test;

/** What every {@link IdempotencyKeys} must do; run against each implementation. Each call runs in a transaction. */
public abstract class IdempotencyKeysContract {

    protected static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    protected static final Duration RETENTION = Duration.ofHours(24);

    protected abstract IdempotencyKeys keys();

    protected abstract Transactions transactions();

    @Test
    void aKeyNeverRememberedIsNotFound() {
        assertThat(claim("alice", newKey(), T0)).isEmpty();
    }

    @Test
    void aRememberedCreateIsFoundWithEverythingItAnswered() {
        String key = newKey();
        RememberedCreate create = create("alice", key, T0);
        remember(create);

        assertThat(claim("alice", key, T0.plusSeconds(60))).contains(create);
    }

    @Test
    void aResponseWithoutALocationKeepsNone() {
        String key = newKey();
        RememberedCreate create = new RememberedCreate("alice", key, sha256('b'),
                new CreatedResponse(200, null, Json.Obj.EMPTY), T0, T0.plus(RETENTION));
        remember(create);

        assertThat(claim("alice", key, T0)).contains(create);
    }

    @Test
    void anotherPrincipalsKeyIsAnotherKey() {
        String key = newKey();
        remember(create("alice", key, T0));

        assertThat(claim("bob", key, T0)).isEmpty();
        remember(create("bob", key, T0));
        assertThat(claim("bob", key, T0)).map(RememberedCreate::principal).contains("bob");
    }

    @Test
    void aCreateIsForgottenTheMomentItsRetentionRunsOut() {
        String key = newKey();
        remember(create("alice", key, T0));

        assertThat(claim("alice", key, T0.plus(RETENTION).minusMillis(1))).isPresent();
        assertThat(claim("alice", key, T0.plus(RETENTION))).isEmpty();
    }

    @Test
    void anExpiredKeyMayBeRememberedAgain() {
        String key = newKey();
        remember(create("alice", key, T0));
        Instant later = T0.plus(RETENTION).plusSeconds(1);

        RememberedCreate again = create("alice", key, later);
        transactions().inTransaction(() -> {
            assertThat(keys().claim("alice", key, later)).isEmpty();
            keys().remember(again);
            return null;
        });

        assertThat(claim("alice", key, later)).contains(again);
    }

    @Test
    void rememberingAnUnexpiredKeyTwiceIsRefused() {
        String key = newKey();
        remember(create("alice", key, T0));

        assertThatThrownBy(() -> remember(create("alice", key, T0.plusSeconds(1))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(claim("alice", key, T0.plusSeconds(2))).map(RememberedCreate::createdAt).contains(T0);
    }

    @Test
    void thePurgeForgetsExpiredCreatesOnly() {
        String expired = newKey();
        String kept = newKey();
        remember(create("alice", expired, T0));
        remember(create("alice", kept, T0.plusSeconds(10)));
        Instant now = T0.plus(RETENTION).plusSeconds(5);

        assertThat(keys().purgeExpired(now)).isGreaterThanOrEqualTo(1);

        assertThat(claim("alice", expired, T0)).as("purged, whatever the time of the claim").isEmpty();
        assertThat(claim("alice", kept, now)).isPresent();
    }

    protected Optional<RememberedCreate> claim(String principal, String key, Instant now) {
        return transactions().inTransaction(() -> keys().claim(principal, key, now));
    }

    protected void remember(RememberedCreate create) {
        transactions().inTransaction(() -> {
            keys().claim(create.principal(), create.key(), create.createdAt());
            keys().remember(create);
            return null;
        });
    }

    protected static String newKey() {
        return "key-" + UUID.randomUUID();
    }

    protected static RememberedCreate create(String principal, String key, Instant at) {
        String id = UUID.randomUUID().toString();
        CreatedResponse response = new CreatedResponse(201, "/procedures/" + id,
                Json.Obj.builder().put("procedure_id", id).build());
        return new RememberedCreate(principal, key, sha256('a'), response, at, at.plus(RETENTION));
    }

    protected static String sha256(char digit) {
        return String.valueOf(digit).repeat(64);
    }
}
