package org.cora.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.cora.application.port.DuplicateEventIdError;
import org.cora.application.port.EventStore;
import org.cora.application.port.LoadedStream;
import org.cora.application.port.NewEvent;
import org.cora.application.port.StoredEvent;
import org.cora.domain.json.Json;
import org.cora.domain.shared.ConcurrencyError;
import org.junit.jupiter.api.Test;

/** What every {@link EventStore} must do; run against each implementation. */
public abstract class EventStoreContract {

    private static final String TYPE = "Procedure";

    protected abstract EventStore store();

    @Test
    void anUnknownStreamLoadsEmptyAtVersionZero() {
        LoadedStream stream = store().load(TYPE, UUID.randomUUID());
        assertThat(stream.events()).isEmpty();
        assertThat(stream.version()).isZero();
    }

    @Test
    void appendedEventsLoadInVersionOrderWithTheirEnvelope() {
        UUID id = UUID.randomUUID();
        NewEvent first = event("ProcedureRegistered", Json.Obj.builder().put("name", "bake").put("n", Json.num(1.5)).build());
        NewEvent second = event("ProcedureStarted", Json.Obj.builder().put("nested",
                Json.Obj.builder().put("list", Json.of(List.of(1, "two", true))).build()).build());

        assertThat(store().append(TYPE, id, 0, List.of(first, second))).isEqualTo(2);

        LoadedStream stream = store().load(TYPE, id);
        assertThat(stream.version()).isEqualTo(2);
        assertThat(stream.events()).extracting(StoredEvent::version).containsExactly(1L, 2L);
        StoredEvent stored = stream.events().getFirst();
        assertThat(stored.eventId()).isEqualTo(first.eventId());
        assertThat(stored.eventType()).isEqualTo("ProcedureRegistered");
        assertThat(stored.payload()).isEqualTo(first.payload());
        assertThat(stored.metadata()).isEqualTo(first.metadata());
        assertThat(stored.principal()).isEqualTo("alice");
        assertThat(stored.correlationId()).isEqualTo(first.correlationId());
        assertThat(stored.occurredAt()).isEqualTo(first.occurredAt());
        assertThat(stored.recordedAt()).isNotNull();
        assertThat(stream.events().get(1).payload()).isEqualTo(second.payload());
        assertThat(stream.events().get(1).position()).isGreaterThan(stored.position());
    }

    @Test
    void aStaleExpectedVersionIsAConcurrencyErrorAndWritesNothing() {
        UUID id = UUID.randomUUID();
        store().append(TYPE, id, 0, List.of(event("A", Json.Obj.EMPTY)));

        assertThatThrownBy(() -> store().append(TYPE, id, 0, List.of(event("B", Json.Obj.EMPTY), event("C", Json.Obj.EMPTY))))
                .isInstanceOfSatisfying(ConcurrencyError.class, e -> {
                    assertThat(e.expectedVersion()).isZero();
                    assertThat(e.actualVersion()).isEqualTo(1);
                });
        assertThat(store().load(TYPE, id).events()).extracting(StoredEvent::eventType).containsExactly("A");
    }

    @Test
    void anExpectedVersionAheadOfTheStreamIsAConcurrencyErrorToo() {
        UUID id = UUID.randomUUID();
        assertThatThrownBy(() -> store().append(TYPE, id, 3, List.of(event("A", Json.Obj.EMPTY))))
                .isInstanceOf(ConcurrencyError.class);
        assertThat(store().load(TYPE, id).version()).isZero();
    }

    @Test
    void aDuplicateEventIdIsRejectedAndWritesNothing() {
        UUID id = UUID.randomUUID();
        NewEvent once = event("A", Json.Obj.EMPTY);
        store().append(TYPE, id, 0, List.of(once));

        UUID other = UUID.randomUUID();
        assertThatThrownBy(() -> store().append(TYPE, other, 0, List.of(event("B", Json.Obj.EMPTY), once)))
                .isInstanceOf(DuplicateEventIdError.class);
        assertThat(store().load(TYPE, other).events()).isEmpty();
    }

    @Test
    void anEmptyAppendWritesNothing() {
        UUID id = UUID.randomUUID();
        assertThat(store().append(TYPE, id, 0, List.of())).isZero();
        assertThat(store().load(TYPE, id).version()).isZero();
    }

    @Test
    void streamsOfTheSameIdButAnotherTypeAreSeparate() {
        UUID id = UUID.randomUUID();
        store().append(TYPE, id, 0, List.of(event("A", Json.Obj.EMPTY)));
        store().append("Recipe", id, 0, List.of(event("B", Json.Obj.EMPTY)));
        assertThat(store().load(TYPE, id).events()).extracting(StoredEvent::eventType).containsExactly("A");
        assertThat(store().load("Recipe", id).events()).extracting(StoredEvent::eventType).containsExactly("B");
    }

    @Test
    void ofManyConcurrentAppendsAtOneVersionExactlyOneWins() throws Exception {
        UUID id = UUID.randomUUID();
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<String>> racers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            racers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                    store().append(TYPE, id, 0, List.of(event("A", Json.Obj.EMPTY)));
                    return "won";
                } catch (ConcurrencyError e) {
                    return "lost";
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        go.countDown();
        List<String> outcomes = new ArrayList<>();
        for (CompletableFuture<String> racer : racers) {
            outcomes.add(racer.get());
        }
        assertThat(outcomes).filteredOn("won"::equals).hasSize(1);
        assertThat(store().load(TYPE, id).version()).isEqualTo(1);
    }

    public static NewEvent event(String type, Json.Obj payload) {
        return new NewEvent(UUID.randomUUID(), type, 1, payload, Json.Obj.builder().put("command_name", "Test").build(),
                UUID.randomUUID(), null, "alice", Instant.now().truncatedTo(ChronoUnit.MICROS));
    }
}
