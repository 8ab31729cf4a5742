package org.cora.application.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.cora.application.port.Authorize;
import org.cora.application.port.CreatedResponse;
import org.cora.application.testing.ImmediateTransactions;
import org.cora.application.testing.InMemoryIdempotencyKeys;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.cora.domain.shared.UnauthorizedError;
import org.junit.jupiter.api.Test;

class IdempotentCreatesTest {

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final Duration RETENTION = Duration.ofHours(24);
    private static final IdempotencyKey KEY = new IdempotencyKey("b1e7c0de-retry-1");

    private final AtomicReference<Instant> now = new AtomicReference<>(T0);
    private final List<String> denied = new ArrayList<>();
    private final Authorize authorize = (principal, command) -> {
        if (denied.contains(principal)) {
            throw new UnauthorizedError(principal, command, "denied in this test");
        }
    };
    private final InMemoryIdempotencyKeys keys = new InMemoryIdempotencyKeys();
    private final IdempotentCreates creates = new IdempotentCreates(authorize, new ImmediateTransactions(), keys,
            now::get, RETENTION);
    private final List<String> created = new ArrayList<>();

    @Test
    void theFirstRequestUnderAKeyCreatesAndARetryGetsTheSameAnswerWithoutCreating() {
        CreateAnswer first = creates.create(request("alice", "{\"name\":\"bake\"}"), "RegisterProcedure", this::create);
        CreateAnswer retry = creates.create(request("alice", "{\"name\":\"bake\"}"), "RegisterProcedure", this::create);

        assertThat(created).hasSize(1);
        assertThat(first.replayed()).isFalse();
        assertThat(retry.replayed()).isTrue();
        assertThat(retry.response()).isEqualTo(first.response());
    }

    @Test
    void aBodyThatDiffersOnlyInKeyOrderAndNumberSpellingIsTheSameRequest() {
        creates.create(request("alice", "{\"name\":\"bake\",\"n\":1.50}"), "RegisterProcedure", this::create);

        CreateAnswer retry = creates.create(request("alice", "{ \"n\": 1.5, \"name\": \"bake\" }"), "RegisterProcedure",
                this::create);

        assertThat(retry.replayed()).isTrue();
        assertThat(created).hasSize(1);
    }

    @Test
    void theKeyReusedForAnotherBodyIsRefusedAndCreatesNothing() {
        creates.create(request("alice", "{\"name\":\"bake\"}"), "RegisterProcedure", this::create);

        assertThatThrownBy(() -> creates.create(request("alice", "{\"name\":\"align\"}"), "RegisterProcedure",
                this::create))
                .isInstanceOf(IdempotencyKeyReusedError.class)
                .hasMessageContaining(KEY.value());
        assertThat(created).hasSize(1);
    }

    @Test
    void theKeyReusedOnAnotherRouteIsRefused() {
        creates.create(request("alice", "{}"), "DefinePlan", this::create);

        KeyedRequest elsewhere = KeyedRequest.of("alice", KEY, "POST", "/calibrations", Json.Obj.EMPTY);
        assertThatThrownBy(() -> creates.create(elsewhere, "DefineCalibration", this::create))
                .isInstanceOf(IdempotencyKeyReusedError.class);
    }

    @Test
    void anotherPrincipalsRequestUnderTheSameKeyCreatesItsOwn() {
        CreateAnswer alices = creates.create(request("alice", "{}"), "RegisterProcedure", this::create);
        CreateAnswer bobs = creates.create(request("bob", "{}"), "RegisterProcedure", this::create);

        assertThat(bobs.replayed()).isFalse();
        assertThat(bobs.response()).isNotEqualTo(alices.response());
        assertThat(created).hasSize(2);
    }

    @Test
    void afterItsRetentionTheKeyCreatesAgain() {
        creates.create(request("alice", "{}"), "RegisterProcedure", this::create);
        now.set(T0.plus(RETENTION));

        CreateAnswer later = creates.create(request("alice", "{}"), "RegisterProcedure", this::create);

        assertThat(later.replayed()).isFalse();
        assertThat(created).hasSize(2);
    }

    @Test
    void aRefusedCreateLeavesNoKeySoTheRetryIsJudgedAfresh() {
        assertThatThrownBy(() -> creates.create(request("alice", "{}"), "RegisterProcedure", () -> {
            throw new IllegalStateException("refused");
        })).hasMessage("refused");

        assertThat(creates.create(request("alice", "{}"), "RegisterProcedure", this::create).replayed()).isFalse();
    }

    @Test
    void aReplayIsAuthorizedLikeTheCreate() {
        creates.create(request("alice", "{}"), "RegisterProcedure", this::create);
        denied.add("alice");

        assertThatThrownBy(() -> creates.create(request("alice", "{}"), "RegisterProcedure", this::create))
                .isInstanceOf(UnauthorizedError.class);
    }

    @Test
    void thePurgeForgetsKeysPastTheirRetention() {
        creates.create(request("alice", "{}"), "RegisterProcedure", this::create);
        now.set(T0.plus(RETENTION).minusSeconds(1));
        assertThat(creates.purgeExpired()).isZero();

        now.set(T0.plus(RETENTION));
        assertThat(creates.purgeExpired()).isEqualTo(1);
    }

    @Test
    void aKeyIsOneToTwoHundredPrintableAsciiCharacters() {
        assertThat(new IdempotencyKey(" ").value()).isEqualTo(" ");
        assertThat(new IdempotencyKey("~".repeat(200)).value()).hasSize(200);
        for (String bad : new String[] {"", "k".repeat(201), "tab\there", "caf\u00e9", "line\nbreak", "\u007f"}) {
            assertThatThrownBy(() -> new IdempotencyKey(bad)).as(bad).isInstanceOf(InvalidIdempotencyKeyError.class)
                    .hasMessageContaining("1..200 printable ASCII");
        }
        assertThatThrownBy(() -> new IdempotencyKey(null)).isInstanceOf(InvalidIdempotencyKeyError.class);
    }

    @Test
    void aRetentionMustBePositive() {
        assertThatThrownBy(() -> new IdempotentCreates(authorize, new ImmediateTransactions(), keys, now::get,
                Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    private static KeyedRequest request(String principal, String body) {
        return KeyedRequest.of(principal, KEY, "POST", "/procedures", (Json.Obj) JsonParser.parse(body));
    }

    private CreatedResponse create() {
        String id = "0196f000-0000-7000-8000-00000000000" + created.size();
        created.add(id);
        return new CreatedResponse(201, "/procedures/" + id, Json.Obj.builder().put("procedure_id", id).build());
    }
}
