package org.cora.adapters.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.cora.domain.control.ControlNotConnectedError;
import org.cora.domain.control.ControlSubscription;
import org.cora.domain.control.Quality;
import org.cora.domain.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ScenarioControlTest {

    private static final Instant SEEDED = Instant.parse("2026-03-01T08:00:00Z");
    private static final Duration GENEROUS = Duration.ofSeconds(10);

    private final AtomicReference<Instant> now = new AtomicReference<>(SEEDED);
    private final SimulatedBeamlineControlPort port = SimulatedBeamlineControlPort.fromYaml(new StringReader("""
            addresses:
              t:gauge:
                value: 1.0
                low: 0
                high: 10
              t:gauge.RBV:
                follows: t:gauge
              t:current:
                value: 200.0
                read_only: true
              t:mode:
                enum: [Idle, Run]
              t:slow:
                value: 0
                write_latency_ms: 3000
              t:x:
                value: 0
                motor: {velocity: 1, acceleration: 1}
              t:off:
                value: 0
                connected: false
            detectors:
              - prefix: t:det
                counts_per_second: 100
            """), now::get);

    @AfterEach
    void closePort() {
        port.close();
    }

    @Test
    void aDisconnectFailsLiveSubscriptionsAndLaterReadsAndWritesOfThatAddressOnly() throws Exception {
        try (ControlSubscription gauge = port.subscribe("t:gauge");
             ControlSubscription readback = port.subscribe("t:gauge.RBV")) {
            gauge.next(GENEROUS);
            readback.next(GENEROUS);

            port.setConnected("t:gauge", false);

            assertThatThrownBy(() -> gauge.next(GENEROUS))
                    .isInstanceOfSatisfying(ControlNotConnectedError.class,
                            e -> assertThat(e.address()).isEqualTo("t:gauge"));
            assertThatThrownBy(() -> port.read("t:gauge")).isInstanceOf(ControlNotConnectedError.class);
            assertThatThrownBy(() -> port.write("t:gauge", Json.num(2), true, GENEROUS))
                    .isInstanceOf(ControlNotConnectedError.class);
            assertThat(port.read("t:gauge.RBV").value()).isEqualTo(Json.num(1.0));
            assertThat(readback.next(Duration.ofMillis(100))).isEmpty();
        }
    }

    @Test
    void aReconnectedAddressReadsWritesAndStreamsAgain() throws Exception {
        port.setConnected("t:gauge", false);
        port.setConnected("t:gauge", true);

        port.write("t:gauge", Json.num(3), true, GENEROUS);
        try (ControlSubscription gauge = port.subscribe("t:gauge")) {
            assertThat(gauge.next(GENEROUS).orElseThrow().value()).isEqualTo(Json.num(3));
        }
    }

    @Test
    void anAddressTheModelDeclaresOfflineComesOnline() throws Exception {
        port.setConnected("t:off", true);

        assertThat(port.read("t:off").value()).isEqualTo(Json.num(0));
    }

    @Test
    void aDisconnectFailsAWriteStillWaitingToLandAsNotConnected() throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread waiter = Thread.ofPlatform().start(() -> {
            try {
                port.write("t:slow", Json.num(5), true, GENEROUS);
            } catch (Exception e) {
                failure.set(e);
            }
        });
        Thread.sleep(100);

        port.setConnected("t:slow", false);
        waiter.join(GENEROUS.toMillis());

        assertThat(failure.get()).isInstanceOf(ControlNotConnectedError.class);
    }

    @Test
    void theSimulationSetsAReadOnlyValueBeyondTheSoftLimitsShownOnItsReadbacksAndStreams() throws Exception {
        now.set(SEEDED.plusSeconds(5));
        try (ControlSubscription current = port.subscribe("t:current")) {
            current.next(GENEROUS);

            port.setValue("t:current", Json.num(180.5));
            port.setValue("t:gauge", Json.num(42));

            assertThat(current.next(GENEROUS).orElseThrow().value()).isEqualTo(Json.num(180.5));
            assertThat(port.read("t:gauge.RBV").value()).isEqualTo(Json.num(42));
            assertThat(port.read("t:gauge.RBV").producedAt()).isEqualTo(SEEDED.plusSeconds(5));
        }
        port.setValue("t:mode", Json.num(1));
        assertThat(port.read("t:mode").value()).isEqualTo(Json.str("Run"));
    }

    @Test
    void theSimulationCannotSetWhatOnlyMovesOrFollowsNorAValueOfTheWrongType() {
        assertThatThrownBy(() -> port.setValue("t:gauge.RBV", Json.num(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("it shows t:gauge");
        assertThatThrownBy(() -> port.setValue("t:x", Json.num(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("write it");
        assertThatThrownBy(() -> port.setValue("t:det:acquire", Json.num(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("write it");
        assertThatThrownBy(() -> port.setValue("t:current", Json.str("high")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot coerce string to number");
        assertThatThrownBy(() -> port.setValue("t:nowhere", Json.num(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an address");
        assertThatThrownBy(() -> port.setConnected("t:nowhere", false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> port.setQuality("t:nowhere", Quality.Bad, "INVALID/COMM"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
