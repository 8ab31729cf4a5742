package org.cora.adapters.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.cora.adapters.hardware.memory.InMemoryControlPort;
import org.cora.domain.conductor.ActionContext;
import org.cora.domain.conductor.ActionRegistry;
import org.cora.domain.control.ControlWriteRejectedError;
import org.cora.domain.control.Measurement;
import org.cora.domain.json.Json;
import org.cora.domain.shared.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ActionCatalogTest {

    private static final Clock CLOCK = () -> Instant.parse("2026-03-01T08:00:00Z");

    /** An actions file for a deployment whose control system is not the simulator. */
    private static final String EPICS_ACTIONS = """
            actions:
              count: {kind: detector_count, detector: BL:det, seconds: 0.5}
              move_x: {kind: move_and_settle, setpoint: BL:x, readback: BL:x.RBV, tolerance: 0.01,
                       settle_timeout_s: 2, stable_reads: 2, poll_ms: 5}
            """;

    @Test
    void aModelWithoutAnActionsSectionOffersCountOnTheDefaultDetector() {
        try (SimulatedBeamlineControlPort beamline = SimulatedBeamlineControlPort.fromYaml(new StringReader("""
                addresses:
                  t:x: {value: 0}
                """), CLOCK)) {
            assertThat(beamline.actions().names()).containsExactly("count");
            assertThat(beamline.actions().bodies().get("count")).isEqualTo(new DetectorCountAction("sim:det", null));
        }
    }

    @Test
    void aModelsActionsSectionReplacesTheDefaults() {
        try (SimulatedBeamlineControlPort beamline = SimulatedBeamlineControlPort.fromYaml(new StringReader("""
                addresses:
                  t:x: {value: 0}
                actions: {}
                """), CLOCK)) {
            assertThat(beamline.actions().names()).isEmpty();
        }
    }

    @Test
    void anActionsFileConfiguresBodiesThatRunOnAnyControlPort(@TempDir Path directory) throws Exception {
        ActionRegistry registry = ActionCatalog.fromYaml(Files.writeString(directory.resolve("actions.yaml"),
                EPICS_ACTIONS)).registry();
        InMemoryControlPort memory = new InMemoryControlPort(CLOCK);
        for (String address : new String[] {"BL:det:acquire_time", "BL:det:acquire", "BL:x", "BL:x.RBV"}) {
            memory.seed(address, Measurement.good(Json.num(0), CLOCK.now()));
        }
        memory.seed("BL:det:counts", Measurement.good(Json.num(1234), CLOCK.now()))
                .seed("BL:det:frame", Measurement.good(Json.num(7), CLOCK.now()));

        Json.Obj count = registry.lookup("count").orElseThrow().run(new ActionContext(memory, CLOCK, Json.Obj.EMPTY));

        assertThat(registry.names()).containsExactly("count", "move_x");
        assertThat(count.get("counts")).contains(Json.num(1234));
        assertThat(count.get("frame")).contains(Json.num(7));
        assertThat(memory.read("BL:det:acquire_time").value()).isEqualTo(Json.num(new BigDecimal("0.5")));
        assertThat(memory.read("BL:det:acquire").value()).isEqualTo(Json.num(1));

        // The in-memory port writes no readback, so the move only settles on a readback the step points at the setpoint.
        Json.Obj moved = registry.lookup("move_x").orElseThrow().run(new ActionContext(memory, CLOCK,
                Json.Obj.builder().put("position", Json.num(3)).put("readback", "BL:x").build()));
        assertThat(moved.get("final_readback")).contains(Json.num(3));
        assertThat(moved.get("deviation")).contains(Json.num(0));
    }

    @Test
    void aConfiguredCountUsesItsDetectorAndExposureUnlessTheStepSaysOtherwise() throws Exception {
        try (SimulatedBeamlineControlPort beamline = SimulatedBeamlineControlPort.fromYaml(new StringReader("""
                detectors:
                  - {prefix: t:det, counts_per_second: 1000}
                  - {prefix: t:mon, counts_per_second: 1000}
                actions:
                  count: {kind: detector_count, detector: t:det, seconds: 0.02}
                """), CLOCK)) {
            Json.Obj configured = run(beamline, "count", Json.Obj.EMPTY);
            Json.Obj overridden = run(beamline, "count",
                    Json.Obj.builder().put("detector", "t:mon").put("seconds", Json.num(0.01)).build());

            assertThat(configured.get("detector")).contains(Json.str("t:det"));
            assertThat(configured.get("seconds")).contains(Json.num(new BigDecimal("0.02")));
            assertThat(overridden.get("detector")).contains(Json.str("t:mon"));
            assertThat(beamline.read("t:mon:frame").value()).isEqualTo(Json.num(1));
            assertThat(beamline.read("t:det:frame").value()).isEqualTo(Json.num(1));
        }
    }

    @Test
    void aCountRefusesAParamItDoesNotKnowAndWritesNothing() throws Exception {
        try (SimulatedBeamlineControlPort beamline = SimulatedBeamlineControlPort.fromYaml(new StringReader("""
                detectors:
                  - {prefix: sim:det, counts_per_second: 1000}
                """), CLOCK)) {
            assertThatThrownBy(() -> run(beamline, "count",
                    Json.Obj.builder().put("seconds", Json.num(1)).put("detecter", "sim:other").build()))
                    .isInstanceOfSatisfying(ControlWriteRejectedError.class, e -> {
                        assertThat(e.address()).isEqualTo("sim:det:acquire_time");
                        assertThat(e.reason()).isEqualTo("unknown param 'detecter'; expected one of [detector, seconds]");
                    });
            assertThat(beamline.read("sim:det:acquire_time").value()).isEqualTo(Json.num(new BigDecimal("0.1")));
        }
    }

    static Stream<Arguments> malformedActions() {
        return Stream.of(
                Arguments.of("actions.go.kind is not an action kind: expected one of [detector_count, move_and_settle]",
                        "actions:\n  go: {kind: teleport}\n"),
                Arguments.of("actions.go.kind is required", "actions:\n  go: {setpoint: a}\n"),
                Arguments.of("actions.go.tolerance is required",
                        "actions:\n  go: {kind: move_and_settle, setpoint: a, readback: b}\n"),
                Arguments.of("actions.go.tolerance must be >= 0",
                        "actions:\n  go: {kind: move_and_settle, setpoint: a, readback: b, tolerance: -0.1}\n"),
                Arguments.of("actions.go.stable_reads must be a whole number >= 1",
                        "actions:\n  go: {kind: move_and_settle, setpoint: a, readback: b, tolerance: 1, stable_reads: 0}\n"),
                Arguments.of("actions.go.settle_timeout_s must be > 0",
                        "actions:\n  go: {kind: move_and_settle, setpoint: a, readback: b, tolerance: 1, settle_timeout_s: 0}\n"),
                Arguments.of("actions.go.readback is required",
                        "actions:\n  go: {kind: move_and_settle, setpoint: a, tolerance: 1}\n"),
                Arguments.of("actions.go.tolerence is not a move_and_settle setting",
                        "actions:\n  go: {kind: move_and_settle, setpoint: a, readback: b, tolerence: 1}\n"),
                Arguments.of("actions.count.detector is required", "actions:\n  count: {kind: detector_count}\n"),
                Arguments.of("actions.count.seconds must be > 0",
                        "actions:\n  count: {kind: detector_count, detector: d, seconds: -1}\n"),
                Arguments.of("actions.count.readback is not a detector_count setting",
                        "actions:\n  count: {kind: detector_count, detector: d, readback: b}\n"),
                Arguments.of("actions.count is empty", "actions:\n  count:\n"),
                Arguments.of("actions is required", "{}\n"),
                Arguments.of("addresses is not an actions-file setting", "addresses: {}\nactions: {}\n"),
                Arguments.of("the actions file is empty", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedActions")
    void aMalformedActionsFileIsRefusedNamingThePathAtFault(String expectedMessage, String yaml) {
        assertThatThrownBy(() -> ActionCatalog.fromYaml(new StringReader(yaml)))
                .isInstanceOf(MalformedBeamlineModelException.class)
                .hasMessageContaining(expectedMessage);
    }

    private static Json.Obj run(SimulatedBeamlineControlPort beamline, String action, Json.Obj params) throws Exception {
        return beamline.actions().bodies().get(action).run(new ActionContext(beamline, CLOCK, params));
    }
}
