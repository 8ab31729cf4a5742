package org.cora.adapters.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.cora.domain.conductor.ActionContext;
import org.cora.domain.control.ControlTimeoutError;
import org.cora.domain.control.ControlValueCoercionError;
import org.cora.domain.control.ControlWriteRejectedError;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.cora.domain.shared.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MoveAndSettleActionTest {

    private static final Clock CLOCK = () -> Instant.parse("2026-03-01T08:00:00Z");
    private static final double NOISE = 0.001;

    private final SimulatedBeamlineControlPort beamline = SimulatedBeamlineControlPort.fromYaml(new StringReader("""
            seed: 1
            tick_ms: 10
            addresses:
              t:x:
                value: 0
                low: -20
                high: 20
                motor: {velocity: 20, acceleration: 200}
              t:x.RBV:
                follows: t:x
                noise: %s
              t:y:
                value: 0
                write_latency_ms: 50
              t:label:
                value: parked
            actions:
              move_x: {kind: move_and_settle, setpoint: t:x, readback: t:x.RBV, tolerance: 0.005,
                       settle_timeout_s: 5, stable_reads: 3, poll_ms: 10}
              move_x_exactly: {kind: move_and_settle, setpoint: t:x, readback: t:x.RBV, tolerance: 0.00001,
                               settle_timeout_s: 0.5, poll_ms: 10}
              move_y_read_label: {kind: move_and_settle, setpoint: t:y, readback: t:label, tolerance: 1}
            """.formatted(NOISE)), CLOCK);

    @AfterEach
    void closePort() {
        beamline.close();
    }

    @Test
    void aMoveSettlesWithinToleranceAndRecordsTargetFinalReadbackDeviationAndSettleTime() throws Exception {
        Json.Obj result = run("move_x", "{\"position\": 4}");

        assertThat(result.fields()).containsOnlyKeys("setpoint", "readback", "target", "final_readback",
                "deviation", "tolerance", "settle_s");
        assertThat(result.get("setpoint")).contains(Json.str("t:x"));
        assertThat(result.get("readback")).contains(Json.str("t:x.RBV"));
        assertThat(result.get("target")).contains(Json.num(4));
        assertThat(result.get("tolerance")).contains(Json.num(new BigDecimal("0.005")));
        assertThat(number(result, "final_readback")).isCloseTo(4, within(0.005));
        assertThat(number(result, "deviation")).isCloseTo(number(result, "final_readback") - 4, within(1e-12));
        // The profile of 4 units takes 0.3 s; three polls 10 ms apart follow; 5 s is the timeout.
        assertThat(number(result, "settle_s")).isBetween(0.3, 5.0);
        assertThat(beamline.read("t:x").value()).isEqualTo(Json.num(4));
    }

    @Test
    void aToleranceFinerThanTheNoiseNeverSettlesAndFailsAsATimeoutOnTheReadback() throws Exception {
        long started = System.nanoTime();

        assertThatThrownBy(() -> run("move_x_exactly", "{\"position\": 2}"))
                .isInstanceOfSatisfying(ControlTimeoutError.class, e -> {
                    assertThat(e.address()).isEqualTo("t:x.RBV");
                    assertThat(e.timeout()).isEqualTo(Duration.ofMillis(500));
                });

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(500));
        assertThat(beamline.read("t:x").value()).isEqualTo(Json.num(2));
    }

    @Test
    void aMoveThatOutlastsTheSettleTimeoutFailsAsTheSetpointsTimeout() {
        assertThatThrownBy(() -> run("move_x", "{\"position\": 15, \"settle_timeout_s\": 0.05}"))
                .isInstanceOfSatisfying(ControlTimeoutError.class, e -> assertThat(e.address()).isEqualTo("t:x"));
    }

    @Test
    void aStepsParamsOverrideTheConfiguredDefaults() throws Exception {
        Json.Obj result = run("move_x_exactly", "{\"position\": -3, \"tolerance\": 0.01, \"stable_reads\": 1}");

        assertThat(result.get("tolerance")).contains(Json.num(new BigDecimal("0.01")));
        assertThat(number(result, "final_readback")).isCloseTo(-3, within(0.01));
    }

    static Stream<Arguments> badParams() {
        return Stream.of(
                Arguments.of("{}", "t:x", "position must be a number (got null)"),
                Arguments.of("{\"position\": \"far\"}", "t:x", "position must be a number (got \"far\")"),
                Arguments.of("{\"position\": 1, \"tolerance\": -1}", "t:x", "tolerance must be >= 0"),
                Arguments.of("{\"position\": 1, \"stable_reads\": 0}", "t:x", "stable_reads must be a whole number >= 1"),
                Arguments.of("{\"position\": 1, \"stable_reads\": 1.5}", "t:x", "stable_reads must be a whole number >= 1"),
                Arguments.of("{\"position\": 1, \"settle_timeout_s\": 0}", "t:x", "settle_timeout_s must be > 0"),
                Arguments.of("{\"positon\": 1}", "t:x", "unknown param 'positon'; expected one of [poll_ms, position, "
                        + "readback, setpoint, settle_timeout_s, stable_reads, tolerance]"),
                Arguments.of("{\"position\": 1, \"readback\": 5}", "t:x", "readback must be a non-blank address (got 5)"),
                Arguments.of("{\"position\": 1, \"setpoint\": 5}", "5", "setpoint must be a non-blank address"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badParams")
    void badParamsAreRefusedAsARejectedWriteBeforeAnythingMoves(String params, String address, String reason)
            throws Exception {
        assertThatThrownBy(() -> run("move_x", params))
                .isInstanceOfSatisfying(ControlWriteRejectedError.class, e -> {
                    assertThat(e.address()).isEqualTo(address);
                    assertThat(e.reason()).isEqualTo(reason);
                });
        assertThat(beamline.read("t:x").value()).isEqualTo(Json.num(0));
    }

    @Test
    void aPositionBeyondTheSoftLimitsIsRefusedByThePortAndNothingMoves() throws Exception {
        assertThatThrownBy(() -> run("move_x", "{\"position\": 25}"))
                .isInstanceOfSatisfying(ControlWriteRejectedError.class,
                        e -> assertThat(e.reason()).isEqualTo("25 is above the high limit 20"));

        assertThat(beamline.read("t:x").value()).isEqualTo(Json.num(0));
        assertThat(number(beamline.read("t:x.RBV").value())).isCloseTo(0, within(5 * NOISE));
    }

    @Test
    void aReadbackThatIsNotANumberCannotSettle() {
        assertThatThrownBy(() -> run("move_y_read_label", "{\"position\": 1}"))
                .isInstanceOfSatisfying(ControlValueCoercionError.class,
                        e -> assertThat(e.address()).isEqualTo("t:label"));
    }

    private Json.Obj run(String action, String params) throws Exception {
        return beamline.actions().bodies().get(action)
                .run(new ActionContext(beamline, CLOCK, (Json.Obj) JsonParser.parse(params)));
    }

    private static double number(Json.Obj result, String key) {
        return number(result.get(key).orElseThrow());
    }

    private static double number(Json value) {
        return ((Json.Num) value).value().doubleValue();
    }
}
