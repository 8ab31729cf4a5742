package org.cora.adapters.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cora.domain.control.ControlSubscription;
import org.cora.domain.control.ControlTimeoutError;
import org.cora.domain.control.ControlWriteRejectedError;
import org.cora.domain.json.Json;
import org.cora.domain.shared.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimulatedDetectorTest {

    private static final Clock CLOCK = () -> Instant.parse("2026-03-01T08:00:00Z");
    private static final Duration GENEROUS = Duration.ofSeconds(10);

    private final SimulatedBeamlineControlPort port = detectorPort(42);

    @AfterEach
    void closePort() {
        port.close();
    }

    private static SimulatedBeamlineControlPort detectorPort(long seed) {
        String model = """
                seed: %d
                detectors:
                  - prefix: t:det
                    counts_per_second: 10000
                """.formatted(seed);
        return SimulatedBeamlineControlPort.fromYaml(new StringReader(model), CLOCK);
    }

    @Test
    void theAcquireTimeStartsAtATenthOfASecondAndNothingHasBeenCounted() throws Exception {
        assertThat(port.read("t:det:acquire_time").value()).isEqualTo(Json.num(new BigDecimal("0.1")));
        assertThat(port.read("t:det:acquire").value()).isEqualTo(Json.num(0));
        assertThat(port.read("t:det:counts").value()).isEqualTo(Json.num(0));
        assertThat(port.read("t:det:frame").value()).isEqualTo(Json.num(0));
    }

    @Test
    void aWaitedAcquireCountsForTheAcquireTimeAndBumpsTheFrame() throws Exception {
        port.write("t:det:acquire_time", Json.num(0.05), true, GENEROUS);

        long started = System.nanoTime();
        port.write("t:det:acquire", Json.num(1), true, GENEROUS);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
        assertThat(counts()).isBetween(500 - noiseBound(500), 500 + noiseBound(500));
        assertThat(port.read("t:det:frame").value()).isEqualTo(Json.num(1));
        assertThat(port.read("t:det:acquire").value()).isEqualTo(Json.num(0));
    }

    @Test
    void subscribersSeeTheAcquireRiseAndFallAndTheCountsAndFrameLandWhenTheCountCompletes() throws Exception {
        port.write("t:det:acquire_time", Json.num(0.05), true, GENEROUS);
        try (ControlSubscription acquire = port.subscribe("t:det:acquire");
             ControlSubscription counts = port.subscribe("t:det:counts");
             ControlSubscription frame = port.subscribe("t:det:frame")) {
            assertThat(next(acquire)).isEqualTo(Json.num(0));
            assertThat(next(counts)).isEqualTo(Json.num(0));
            assertThat(next(frame)).isEqualTo(Json.num(0));

            port.write("t:det:acquire", Json.num(1), true, GENEROUS);

            assertThat(next(acquire)).isEqualTo(Json.num(1));
            assertThat(next(acquire)).isEqualTo(Json.num(0));
            assertThat(next(frame)).isEqualTo(Json.num(1));
            assertThat(((Json.Num) next(counts)).value().longValueExact())
                    .isBetween(500 - noiseBound(500), 500 + noiseBound(500));
        }
    }

    private static Json next(ControlSubscription subscription) throws Exception {
        return subscription.next(GENEROUS).orElseThrow(() -> new AssertionError("no reading within " + GENEROUS)).value();
    }

    @Test
    void theSameSeedReplaysTheSameCountsAndAnotherSeedDoesNot() throws Exception {
        try (SimulatedBeamlineControlPort twin = detectorPort(42); SimulatedBeamlineControlPort other = detectorPort(7)) {
            List<Long> first = countThrice(port);

            assertThat(countThrice(twin)).isEqualTo(first);
            assertThat(countThrice(other)).isNotEqualTo(first);
        }
    }

    @Test
    void countsAndFrameAreReadOnly() {
        assertThatThrownBy(() -> port.write("t:det:counts", Json.num(5), true, GENEROUS))
                .isInstanceOf(ControlWriteRejectedError.class);
        assertThatThrownBy(() -> port.write("t:det:frame", Json.num(5), true, GENEROUS))
                .isInstanceOf(ControlWriteRejectedError.class);
    }

    @Test
    void anAcquireTimeOutsideTheDetectorsRangeIsRejected() {
        assertThatThrownBy(() -> port.write("t:det:acquire_time", Json.num(0), true, GENEROUS))
                .isInstanceOfSatisfying(ControlWriteRejectedError.class,
                        e -> assertThat(e.reason()).isEqualTo("0 is below the low limit 0.001"));
    }

    @Test
    void aSecondAcquireDuringACountIsRejected() throws Exception {
        port.write("t:det:acquire_time", Json.num(5), true, GENEROUS);
        port.write("t:det:acquire", Json.num(1), false, GENEROUS);

        assertThat(port.read("t:det:acquire").value()).isEqualTo(Json.num(1));
        assertThatThrownBy(() -> port.write("t:det:acquire", Json.num(1), false, GENEROUS))
                .isInstanceOfSatisfying(ControlWriteRejectedError.class,
                        e -> assertThat(e.reason()).isEqualTo("t:det is already acquiring"));
    }

    @Test
    void writingZeroToAcquireChangesNothing() throws Exception {
        port.write("t:det:acquire", Json.num(0), true, GENEROUS);

        assertThat(port.read("t:det:frame").value()).isEqualTo(Json.num(0));
        assertThat(port.read("t:det:acquire").value()).isEqualTo(Json.num(0));
    }

    @Test
    void aWaitedAcquireLongerThanItsTimeoutTimesOut() throws Exception {
        port.write("t:det:acquire_time", Json.num(5), true, GENEROUS);

        assertThatThrownBy(() -> port.write("t:det:acquire", Json.num(1), true, Duration.ofMillis(20)))
                .isInstanceOf(ControlTimeoutError.class);
    }

    private long counts() throws Exception {
        return ((Json.Num) port.read("t:det:counts").value()).value().longValueExact();
    }

    private static List<Long> countThrice(SimulatedBeamlineControlPort detector) throws Exception {
        detector.write("t:det:acquire_time", Json.num(0.01), true, GENEROUS);
        List<Long> counts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            detector.write("t:det:acquire", Json.num(1), true, GENEROUS);
            counts.add(((Json.Num) detector.read("t:det:counts").value()).value().longValueExact());
        }
        return counts;
    }

    /** Three standard deviations of counting noise, plus one for rounding. */
    static long noiseBound(long mean) {
        return (long) Math.ceil(3 * Math.sqrt(mean)) + 1;
    }
}
