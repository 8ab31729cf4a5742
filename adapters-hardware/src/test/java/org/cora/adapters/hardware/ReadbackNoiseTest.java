package org.cora.adapters.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.cora.domain.control.Measurement;
import org.cora.domain.json.Json;
import org.junit.jupiter.api.Test;

class ReadbackNoiseTest {

    private static final Instant SEEDED = Instant.parse("2026-03-01T08:00:00Z");
    private static final double SIGMA = 0.01;

    private final AtomicReference<Instant> now = new AtomicReference<>(SEEDED);

    private SimulatedBeamlineControlPort beamline(long seed) {
        return SimulatedBeamlineControlPort.fromYaml(new StringReader("""
                seed: %d
                addresses:
                  t:x:
                    value: 1.0
                    motor: {velocity: 100, acceleration: 1000}
                  t:x.RBV:
                    follows: t:x
                    noise: %s
                  t:x.ENC:
                    follows: t:x
                """.formatted(seed, SIGMA)), now::get);
    }

    @Test
    void theSameSeedReplaysTheSameNoisyReadingsAndAnotherSeedDoesNot() throws Exception {
        try (SimulatedBeamlineControlPort first = beamline(42);
             SimulatedBeamlineControlPort twin = beamline(42);
             SimulatedBeamlineControlPort other = beamline(7)) {
            List<Json> readings = readings(first, 20);

            assertThat(readings(twin, 20)).isEqualTo(readings);
            assertThat(readings(other, 20)).isNotEqualTo(readings);
        }
    }

    @Test
    void everyReadingIsTheTruePositionPlusGaussianNoiseOfTheDeclaredSigma() throws Exception {
        try (SimulatedBeamlineControlPort port = beamline(3)) {
            List<Json> readings = readings(port, 4000);

            double mean = readings.stream().mapToDouble(ReadbackNoiseTest::number).average().orElseThrow();
            double variance = readings.stream().mapToDouble(r -> Math.pow(number(r) - mean, 2)).sum() / (readings.size() - 1);
            assertThat(mean).isCloseTo(1.0, within(4 * SIGMA / Math.sqrt(4000)));
            assertThat(Math.sqrt(variance)).isCloseTo(SIGMA, within(SIGMA / 10));
            assertThat(readings).doesNotContain(Json.num(1));
        }
    }

    @Test
    void aNoisyReadingIsStampedWhenItWasTakenAndAQuietOneWhenItsValueChanged() throws Exception {
        try (SimulatedBeamlineControlPort port = beamline(0)) {
            Instant later = SEEDED.plusSeconds(60);
            now.set(later);

            assertThat(port.read("t:x.RBV").producedAt()).isEqualTo(later);
            assertThat(port.read("t:x.ENC").producedAt()).isEqualTo(SEEDED);
        }
    }

    @Test
    void afterAMoveTheQuietReadbackIsOnTheTargetAndTheNoisyOneOnlyNearIt() throws Exception {
        try (SimulatedBeamlineControlPort port = beamline(0)) {
            port.write("t:x", Json.num(2.5), true, Duration.ofSeconds(10));

            assertThat(port.read("t:x.ENC").value()).isEqualTo(Json.num(2.5));
            for (Json reading : readings(port, 50)) {
                assertThat(number(reading)).isCloseTo(2.5, within(5 * SIGMA))
                        .isNotEqualTo(2.5);
            }
        }
    }

    private static List<Json> readings(SimulatedBeamlineControlPort port, int count) throws Exception {
        List<Json> readings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Measurement reading = port.read("t:x.RBV");
            readings.add(reading.value());
        }
        return readings;
    }

    private static double number(Json value) {
        return ((Json.Num) value).value().doubleValue();
    }
}
