package org.cora.adapters.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.cora.domain.control.ActuationKind;
import org.cora.domain.control.ControlNotConnectedError;
import org.cora.domain.control.ControlTimeoutError;
import org.cora.domain.control.ControlValueCoercionError;
import org.cora.domain.control.ControlWriteRejectedError;
import org.cora.domain.control.Measurement;
import org.cora.domain.control.MeasurementKind;
import org.cora.domain.control.Quality;
import org.cora.domain.json.Json;
import org.cora.domain.shared.Cancelled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimulatedBeamlineControlPortTest {

    private static final Instant SEEDED = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-01T08:05:00.123456Z");
    private static final Duration GENEROUS = Duration.ofSeconds(10);

    private static final String MODEL = """
            addresses:
              t:motor:
                value: 1.5
                low: -10
                high: 10
              t:motor.RBV:
                follows: t:motor
              t:gauge:
                value: 3.0e-9
                quality: Uncertain
                quality_detail: MINOR/HIGH
              t:current:
                value: 200.0
                read_only: true
              t:off:
                value: 0
                connected: false
              t:mode:
                enum: [Idle, Run, Hold]
                value: Run
              t:name:
                value: sample-1
              t:enabled:
                value: true
              t:profile:
                value: [1, 2, 3]
              t:slow:
                value: 0
                write_latency_ms: 500
              t:slow.RBV:
                follows: t:slow
            """;

    private final AtomicReference<Instant> now = new AtomicReference<>(SEEDED);
    private final SimulatedBeamlineControlPort port =
            SimulatedBeamlineControlPort.fromYaml(new StringReader(MODEL), now::get);

    @AfterEach
    void closePort() {
        port.close();
    }

    @Test
    void readsTheSeededValueWithItsKindQualityAndSourceTime() throws Exception {
        Measurement motor = port.read("t:motor");

        assertThat(motor.value()).isEqualTo(Json.num(new BigDecimal("1.5")));
        assertThat(motor.kind()).isEqualTo(MeasurementKind.Scalar);
        assertThat(motor.quality()).isEqualTo(Quality.Good);
        assertThat(motor.qualityDetail()).isEmpty();
        assertThat(motor.producedAt()).isEqualTo(SEEDED);
    }

    @Test
    void readsADeclaredQualityWithItsDetail() throws Exception {
        Measurement gauge = port.read("t:gauge");

        assertThat(gauge.value()).isEqualTo(Json.num(new BigDecimal("3.0e-9")));
        assertThat(gauge.quality()).isEqualTo(Quality.Uncertain);
        assertThat(gauge.qualityDetail()).isEqualTo("MINOR/HIGH");
    }

    @Test
    void readsListsAsArraysEnumsAsCategoricalLabelsAndOtherValuesAsScalars() throws Exception {
        assertThat(port.read("t:profile").kind()).isEqualTo(MeasurementKind.Array);
        assertThat(port.read("t:profile").value()).isEqualTo(Json.Arr.of(Json.num(1), Json.num(2), Json.num(3)));
        assertThat(port.read("t:mode").kind()).isEqualTo(MeasurementKind.Categorical);
        assertThat(port.read("t:mode").value()).isEqualTo(Json.str("Run"));
        assertThat(port.read("t:enabled").value()).isEqualTo(Json.bool(true));
        assertThat(port.read("t:name").kind()).isEqualTo(MeasurementKind.Scalar);
    }

    @Test
    void aReadbackStartsAtTheInitialValueOfTheAddressItFollows() throws Exception {
        assertThat(port.read("t:motor.RBV").value()).isEqualTo(Json.num(new BigDecimal("1.5")));
    }

    @Test
    void aReadbackShowsTheLastValueWrittenToItsSourceStampedWithTheTimeOfTheWrite() throws Exception {
        now.set(LATER);
        port.write("t:motor", Json.num(4.25), true, GENEROUS);
        port.write("t:motor", Json.num(-3), true, GENEROUS);

        Measurement readback = port.read("t:motor.RBV");
        assertThat(readback.value()).isEqualTo(Json.num(-3));
        assertThat(readback.producedAt()).isEqualTo(LATER);
        assertThat(port.read("t:motor").producedAt()).isEqualTo(LATER);
    }

    @Test
    void aReadbackRefusesWrites() {
        assertThatThrownBy(() -> port.write("t:motor.RBV", Json.num(2), true, GENEROUS))
                .isInstanceOfSatisfying(ControlWriteRejectedError.class,
                        e -> assertThat(e.reason()).isEqualTo("read-only readback of t:motor"));
    }

    @Test
    void aWriteBeyondASoftLimitIsRejectedNamingTheLimitAndChangesNothing() throws Exception {
        assertThatThrownBy(() -> port.write("t:motor", Json.num(10.5), true, GENEROUS))
                .isInstanceOfSatisfying(ControlWriteRejectedError.class,
                        e -> assertThat(e.reason()).isEqualTo("10.5 is above the high limit 10"));
        assertThatThrownBy(() -> port.write("t:motor", Json.num(-11), true, GENEROUS))
                .isInstanceOfSatisfying(ControlWriteRejectedError.class,
                        e -> assertThat(e.reason()).isEqualTo("-11 is below the low limit -10"));

        assertThat(port.read("t:motor").value()).isEqualTo(Json.num(new BigDecimal("1.5")));
        assertThat(port.read("t:motor").producedAt()).isEqualTo(SEEDED);
    }

    @Test
    void theSoftLimitsThemselvesAreWithinReach() throws Exception {
        port.write("t:motor", Json.num(10), true, GENEROUS);
        assertThat(port.read("t:motor.RBV").value()).isEqualTo(Json.num(10));

        port.write("t:motor", Json.num(-10), true, GENEROUS);
        assertThat(port.read("t:motor.RBV").value()).isEqualTo(Json.num(-10));
    }

    @Test
    void aReadOnlyAddressRejectsWrites() throws Exception {
        assertThatThrownBy(() -> port.write("t:current", Json.num(150), true, GENEROUS))
                .isInstanceOfSatisfying(ControlWriteRejectedError.class, e -> {
                    assertThat(e.address()).isEqualTo("t:current");
                    assertThat(e.reason()).isEqualTo("read-only");
                });
        assertThat(port.read("t:current").value()).isEqualTo(Json.num(200));
    }

    @Test
    void aDisconnectedAddressFailsReadsAndWritesAsNotConnected() {
        assertThatThrownBy(() -> port.read("t:off")).isInstanceOf(ControlNotConnectedError.class);
        assertThatThrownBy(() -> port.write("t:off", Json.num(1), true, GENEROUS))
                .isInstanceOf(ControlNotConnectedError.class);
    }

    @Test
    void anUnknownAddressFailsAsNotConnected() {
        String expected = new ControlNotConnectedError("t:nowhere").getMessage();

        assertThatThrownBy(() -> port.read("t:nowhere"))
                .isInstanceOf(ControlNotConnectedError.class).hasMessage(expected);
        assertThatThrownBy(() -> port.write("t:nowhere", Json.num(1), false, GENEROUS))
                .isInstanceOf(ControlNotConnectedError.class).hasMessage(expected);
    }

    @Test
    void anEnumLabelOrAnIntegerIndexSelectsTheLabel() throws Exception {
        port.write("t:mode", Json.str("Hold"), true, GENEROUS);
        assertThat(port.read("t:mode").value()).isEqualTo(Json.str("Hold"));

        port.write("t:mode", Json.num(0), true, GENEROUS);
        assertThat(port.read("t:mode").value()).isEqualTo(Json.str("Idle"));

        port.write("t:mode", Json.num(new BigDecimal("1.0")), true, GENEROUS);
        assertThat(port.read("t:mode").value()).isEqualTo(Json.str("Run"));
    }

    @Test
    void anEnumRejectsAnUnknownLabelAndAnIndexOutOfRange() throws Exception {
        assertThatThrownBy(() -> port.write("t:mode", Json.str("Ajar"), true, GENEROUS))
                .isInstanceOfSatisfying(ControlWriteRejectedError.class,
                        e -> assertThat(e.reason()).isEqualTo("'Ajar' is not one of the labels [Idle, Run, Hold]"));
        assertThatThrownBy(() -> port.write("t:mode", Json.num(3), true, GENEROUS))
                .isInstanceOfSatisfying(ControlWriteRejectedError.class,
                        e -> assertThat(e.reason()).startsWith("index 3 is outside 0..2"));
        assertThatThrownBy(() -> port.write("t:mode", Json.num(-1), true, GENEROUS))
                .isInstanceOf(ControlWriteRejectedError.class);

        assertThat(port.read("t:mode").value()).isEqualTo(Json.str("Run"));
    }

    @Test
    void anEnumRefusesValuesThatAreNeitherLabelNorIndexAsCoercionErrors() {
        assertThatThrownBy(() -> port.write("t:mode", Json.num(0.5), true, GENEROUS))
                .isInstanceOfSatisfying(ControlValueCoercionError.class,
                        e -> assertThat(e.rawType()).isEqualTo("fractional number"));
        assertThatThrownBy(() -> port.write("t:mode", Json.bool(true), true, GENEROUS))
                .isInstanceOf(ControlValueCoercionError.class);
    }

    @Test
    void writingAValueOfTheWrongTypeIsACoercionError() {
        assertThatThrownBy(() -> port.write("t:motor", Json.str("home"), true, GENEROUS))
                .isInstanceOfSatisfying(ControlValueCoercionError.class, e -> {
                    assertThat(e.address()).isEqualTo("t:motor");
                    assertThat(e.rawType()).isEqualTo("string");
                    assertThat(e.targetKind()).isEqualTo("number");
                });
        assertThatThrownBy(() -> port.write("t:motor", Json.bool(true), true, GENEROUS))
                .isInstanceOf(ControlValueCoercionError.class);
        assertThatThrownBy(() -> port.write("t:name", Json.num(7), true, GENEROUS))
                .isInstanceOf(ControlValueCoercionError.class);
        assertThatThrownBy(() -> port.write("t:enabled", Json.str("yes"), true, GENEROUS))
                .isInstanceOf(ControlValueCoercionError.class);
        assertThatThrownBy(() -> port.write("t:profile", Json.num(1), true, GENEROUS))
                .isInstanceOf(ControlValueCoercionError.class);
    }

    @Test
    void valuesOfTheRightTypeAreStoredAsWritten() throws Exception {
        port.write("t:name", Json.str("sample-2"), true, GENEROUS);
        port.write("t:enabled", Json.bool(false), true, GENEROUS);
        port.write("t:profile", Json.Arr.of(Json.num(4)), true, GENEROUS);

        assertThat(port.read("t:name").value()).isEqualTo(Json.str("sample-2"));
        assertThat(port.read("t:enabled").value()).isEqualTo(Json.bool(false));
        assertThat(port.read("t:profile").value()).isEqualTo(Json.Arr.of(Json.num(4)));
    }

    @Test
    void aWaitedWriteReturnsOnceTheWriteLatencyHasPassedAndTheValueHasLanded() throws Exception {
        long started = System.nanoTime();
        port.write("t:slow", Json.num(5), true, GENEROUS);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(500));
        assertThat(port.read("t:slow.RBV").value()).isEqualTo(Json.num(5));
    }

    @Test
    void aWaitedWriteTimesOutAfterTheTimeoutWhenTheLatencyIsLonger() {
        Duration timeout = Duration.ofMillis(50);
        long started = System.nanoTime();

        assertThatThrownBy(() -> port.write("t:slow", Json.num(5), true, timeout))
                .isInstanceOfSatisfying(ControlTimeoutError.class, e -> {
                    assertThat(e.address()).isEqualTo("t:slow");
                    assertThat(e.timeout()).isEqualTo(timeout);
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(timeout);
    }

    @Test
    void anUnwaitedWriteReturnsAtOnceAndLandsAfterTheLatency() throws Exception {
        port.write("t:slow", Json.num(8), false, GENEROUS);
        assertThat(port.read("t:slow").value()).isEqualTo(Json.num(0));

        awaitValue("t:slow.RBV", Json.num(8));
        assertThat(port.read("t:slow").value()).isEqualTo(Json.num(8));
    }

    @Test
    void anInterruptedWaitIsCancelledAndKeepsTheInterruptFlag() {
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> port.write("t:slow", Json.num(5), true, GENEROUS)).isInstanceOf(Cancelled.class);
        assertThat(Thread.interrupted()).isTrue();
    }

    @Test
    void everyAddressIsSimulatedEvenOneTheModelDoesNotKnow() {
        assertThat(port.actuationOf("t:motor")).contains(ActuationKind.Simulated);
        assertThat(port.actuationOf("t:off")).contains(ActuationKind.Simulated);
        assertThat(port.actuationOf("elsewhere:pv")).contains(ActuationKind.Simulated);
    }

    @Test
    void aClosedPortAnswersEveryCallAsNotConnectedIncludingAWaiterItDropped() throws Exception {
        AtomicReference<Throwable> waiterFailure = new AtomicReference<>();
        Thread waiter = Thread.ofPlatform().start(() -> {
            try {
                port.write("t:slow", Json.num(5), true, GENEROUS);
            } catch (Exception e) {
                waiterFailure.set(e);
            }
        });

        port.close();
        waiter.join();

        assertThat(waiterFailure.get()).isInstanceOf(ControlNotConnectedError.class);
        assertThatThrownBy(() -> port.read("t:motor")).isInstanceOf(ControlNotConnectedError.class);
    }

    @Test
    void concurrentWritesLeaveEveryReadbackEqualToItsSource() throws Exception {
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            int writer = w;
            writers.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 200; i++) {
                    try {
                        port.write("t:motor", Json.num(writer + i / 1000.0), true, GENEROUS);
                        port.read("t:motor.RBV");
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                }
            }));
        }
        for (Thread writer : writers) {
            writer.join();
        }

        assertThat(port.read("t:motor.RBV").value()).isEqualTo(port.read("t:motor").value());
    }

    /** Polls until the address shows {@code expected}; the latency, not the poll, sets the pace. */
    private void awaitValue(String address, Json expected) throws Exception {
        long deadline = System.nanoTime() + GENEROUS.toNanos();
        while (!port.read(address).value().equals(expected)) {
            assertThat(System.nanoTime()).as("%s never showed %s", address, expected).isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}
