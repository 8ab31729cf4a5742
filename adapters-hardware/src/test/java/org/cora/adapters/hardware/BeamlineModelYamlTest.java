package org.cora.adapters.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.cora.domain.json.Json;
import org.cora.domain.shared.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BeamlineModelYamlTest {

    private static final Clock CLOCK = () -> Instant.parse("2026-03-01T08:00:00Z");

    static Stream<Arguments> malformedModels() {
        return Stream.of(
                malformed("addresses.sim:m1.low must be a number", """
                        addresses:
                          sim:m1: {value: 0, low: minus ten}
                        """),
                malformed("addresses.sim:m1.value is required", """
                        addresses:
                          sim:m1: {low: 0}
                        """),
                malformed("addresses.sim:m1.hihg is not an address setting", """
                        addresses:
                          sim:m1: {value: 0, hihg: 10}
                        """),
                malformed("addresses.sim:m1.quality must be one of Good, Uncertain, Bad", """
                        addresses:
                          sim:m1: {value: 0, quality: Fine}
                        """),
                malformed("addresses.sim:name.low applies only to numeric addresses", """
                        addresses:
                          sim:name: {value: sample, low: 0}
                        """),
                malformed("addresses.sim:m1.low must not exceed high", """
                        addresses:
                          sim:m1: {value: 0, low: 10, high: -10}
                        """),
                malformed("addresses.sim:m1.value is not a valid initial value: 200 is above the high limit 180", """
                        addresses:
                          sim:m1: {value: 200, low: -180, high: 180}
                        """),
                malformed("addresses.sim:sw.enum[0] must be a string", """
                        addresses:
                          sim:sw: {enum: [Off, On]}
                        """),
                malformed("addresses.sim:sw.value is not a valid initial value", """
                        addresses:
                          sim:sw: {enum: [Closed, Open], value: Ajar}
                        """),
                malformed("addresses.sim:m1.RBV.follows names sim:m9", """
                        addresses:
                          sim:m1: {value: 0}
                          sim:m1.RBV: {follows: sim:m9}
                        """),
                malformed("addresses.sim:m1.RBV.low is not a readback setting", """
                        addresses:
                          sim:m1: {value: 0}
                          sim:m1.RBV: {follows: sim:m1, low: 0}
                        """),
                malformed("addresses.sim:m1.connected must be true or false", """
                        addresses:
                          sim:m1: {value: 0, connected: maybe}
                        """),
                malformed("addresses.sim:m1.write_latency_ms must not be negative", """
                        addresses:
                          sim:m1: {value: 0, write_latency_ms: -5}
                        """),
                malformed("addresses.sim:m1 is empty", """
                        addresses:
                          sim:m1:
                        """),
                malformed("addresses.sim:p.value[1] must be a number, boolean, string or list of them", """
                        addresses:
                          sim:p: {value: [1, {a: 2}]}
                        """),
                malformed("detectors[0].prefix is required", """
                        detectors:
                          - counts_per_second: 100
                        """),
                malformed("detectors[0].counts_per_second is required", """
                        detectors:
                          - prefix: sim:det
                        """),
                malformed("detectors[0].prefix sim:det exposes sim:det:counts", """
                        addresses:
                          sim:det:counts: {value: 0}
                        detectors:
                          - {prefix: sim:det, counts_per_second: 100}
                        """),
                malformed("detectors must be a list", """
                        detectors: {prefix: sim:det}
                        """),
                malformed("adresses is not a model setting", """
                        adresses: {}
                        """),
                malformed("seed must be a whole number", """
                        seed: 1.5
                        """),
                malformed("the model is not valid YAML", """
                        addresses: [unclosed
                        """),
                malformed("duplicate key sim:m1", """
                        addresses:
                          sim:m1: {value: 0}
                          sim:m1: {value: 1}
                        """),
                malformed("addresses.sim:m1.motor.velocity must be > 0", """
                        addresses:
                          sim:m1: {value: 0, motor: {velocity: -5, acceleration: 10}}
                        """),
                malformed("addresses.sim:m1.motor.acceleration is required", """
                        addresses:
                          sim:m1: {value: 0, motor: {velocity: 5}}
                        """),
                malformed("addresses.sim:m1.motor.velocty is not a motor setting", """
                        addresses:
                          sim:m1: {value: 0, motor: {velocty: 5, acceleration: 10}}
                        """),
                malformed("addresses.sim:m1.motor applies only to numeric addresses", """
                        addresses:
                          sim:m1: {value: home, motor: {velocity: 5, acceleration: 10}}
                        """),
                malformed("addresses.sim:m1.write_latency_ms does not apply to a motor", """
                        addresses:
                          sim:m1: {value: 0, write_latency_ms: 20, motor: {velocity: 5, acceleration: 10}}
                        """),
                malformed("addresses.sim:m1.read_only cannot be true for a motor", """
                        addresses:
                          sim:m1: {value: 0, read_only: true, motor: {velocity: 5, acceleration: 10}}
                        """),
                malformed("addresses.sim:temp.alarm.high must not exceed hihi", """
                        addresses:
                          sim:temp: {value: 20, alarm: {high: 30, hihi: 25}}
                        """),
                malformed("addresses.sim:temp.alarm.lolo must not exceed high", """
                        addresses:
                          sim:temp: {value: 20, alarm: {lolo: 30, high: 25}}
                        """),
                malformed("addresses.sim:temp.alarm.hi is not an alarm limit", """
                        addresses:
                          sim:temp: {value: 20, alarm: {hi: 30}}
                        """),
                malformed("addresses.sim:temp.alarm must set at least one of [lolo, low, high, hihi]", """
                        addresses:
                          sim:temp: {value: 20, alarm: {}}
                        """),
                malformed("addresses.sim:name.alarm applies only to numeric addresses", """
                        addresses:
                          sim:name: {value: sample, alarm: {high: 1}}
                        """),
                malformed("addresses.sim:m1.RBV.noise must not be negative", """
                        addresses:
                          sim:m1: {value: 0}
                          sim:m1.RBV: {follows: sim:m1, noise: -0.1}
                        """),
                malformed("addresses.sim:name.RBV.noise applies only to readbacks of numeric addresses", """
                        addresses:
                          sim:name: {value: sample}
                          sim:name.RBV: {follows: sim:name, noise: 0.1}
                        """),
                malformed("addresses.sim:m1.noise is not an address setting", """
                        addresses:
                          sim:m1: {value: 0, noise: 0.1}
                        """),
                malformed("tick_ms must be between 1 and 1000", """
                        tick_ms: 0
                        """),
                malformed("actions.move.kind is not an action kind", """
                        actions:
                          move: {kind: teleport}
                        """),
                malformed("actions.move names sim:m1.RBV, which the model does not declare", """
                        addresses:
                          sim:m1: {value: 0}
                        actions:
                          move: {kind: move_and_settle, setpoint: sim:m1, readback: sim:m1.RBV, tolerance: 0.1}
                        """),
                malformed("actions.count names sim:det:acquire_time, which the model does not declare", """
                        actions:
                          count: {kind: detector_count, detector: sim:det}
                        """),
                malformed("the model is empty", ""),
                malformed("the model must be a mapping", "just some text\n"));
    }

    private static Arguments malformed(String expectedMessage, String yaml) {
        return Arguments.of(expectedMessage, yaml);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedModels")
    void aMalformedModelIsRefusedNamingThePathAtFault(String expectedMessage, String yaml) {
        assertThatThrownBy(() -> SimulatedBeamlineControlPort.fromYaml(new StringReader(yaml), CLOCK))
                .isInstanceOf(MalformedBeamlineModelException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(expectedMessage);
    }

    @Test
    void aModelFileIsReadFromItsPath(@TempDir Path directory) throws Exception {
        Path file = Files.writeString(directory.resolve("beamline.yaml"), """
                addresses:
                  lab:temp: {value: 19.5}
                """);

        try (SimulatedBeamlineControlPort port = SimulatedBeamlineControlPort.fromYaml(file, CLOCK)) {
            assertThat(port.read("lab:temp").value()).isEqualTo(Json.num(19.5));
        }
    }

    @Test
    void aMissingModelFileIsAnIoFailureNotAModelError(@TempDir Path directory) {
        assertThatThrownBy(() -> SimulatedBeamlineControlPort.fromYaml(directory.resolve("absent.yaml"), CLOCK))
                .isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void anEnumWithoutAValueStartsAtItsFirstLabel() throws Exception {
        try (SimulatedBeamlineControlPort port = SimulatedBeamlineControlPort.fromYaml(new StringReader("""
                addresses:
                  lab:valve: {enum: [Shut, Half, Wide]}
                """), CLOCK)) {
            assertThat(port.read("lab:valve").value()).isEqualTo(Json.str("Shut"));
        }
    }
}
