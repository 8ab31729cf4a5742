package org.cora.adapters.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import org.cora.domain.conductor.ActionBody;
import org.cora.domain.conductor.ActionContext;
import org.cora.domain.control.ControlNotConnectedError;
import org.cora.domain.control.ControlWriteRejectedError;
import org.cora.domain.json.Json;
import org.cora.domain.shared.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimulatedActionsTest {

    private static final Clock CLOCK = () -> Instant.parse("2026-03-01T08:00:00Z");

    private final SimulatedBeamlineControlPort beamline = SimulatedBeamlineControlPort.fromYaml(new StringReader("""
            detectors:
              - prefix: t:det
                counts_per_second: 20000
            """), CLOCK);
    private final SimulatedBeamlineControlPort demo = SimulatedBeamlineControlPort.demo(CLOCK);

    @AfterEach
    void closePorts() {
        beamline.close();
        demo.close();
    }

    @Test
    void countReturnsRateTimesSecondsWithinTheNoiseAndBumpsTheFrame() throws Exception {
        Json.Obj params = Json.Obj.builder().put("detector", "t:det").put("seconds", Json.num(0.05)).build();

        Json.Obj first = count(beamline, params);
        Json.Obj second = count(beamline, params);

        assertThat(first.fields()).containsOnlyKeys("detector", "seconds", "counts", "frame");
        assertThat(first.get("detector")).contains(Json.str("t:det"));
        assertThat(first.get("seconds")).contains(Json.num(new BigDecimal("0.05")));
        assertThat(number(first, "counts")).isBetween(
                1000 - SimulatedDetectorTest.noiseBound(1000), 1000 + SimulatedDetectorTest.noiseBound(1000));
        assertThat(first.get("frame")).contains(Json.num(1));
        assertThat(second.get("frame")).contains(Json.num(2));
        assertThat(second.get("counts")).contains(beamline.read("t:det:counts").value());
    }

    @Test
    void countUsesTheSimDetDetectorWhenNoneIsNamed() throws Exception {
        Json.Obj result = count(demo, Json.Obj.builder().put("seconds", Json.num(0.02)).build());

        assertThat(result.get("detector")).contains(Json.str("sim:det"));
        assertThat(number(result, "counts")).isBetween(20 - SimulatedDetectorTest.noiseBound(20),
                20 + SimulatedDetectorTest.noiseBound(20));
        assertThat(demo.read("sim:det:acquire_time").value()).isEqualTo(Json.num(0.02));
    }

    @Test
    void countRefusesSecondsThatAreNotPositiveAndWritesNothing() throws Exception {
        for (Json seconds : new Json[] {Json.num(0), Json.num(-1)}) {
            assertThatThrownBy(() -> count(demo, Json.Obj.builder().put("seconds", seconds).build()))
                    .isInstanceOfSatisfying(ControlWriteRejectedError.class, e -> {
                        assertThat(e.address()).isEqualTo("sim:det:acquire_time");
                        assertThat(e.reason()).isEqualTo("seconds must be > 0");
                    });
        }
        assertThat(demo.read("sim:det:acquire_time").value()).isEqualTo(Json.num(new BigDecimal("0.1")));
        assertThat(demo.read("sim:det:frame").value()).isEqualTo(Json.num(0));
    }

    @Test
    void countRefusesMissingOrNonNumericSeconds() {
        assertThatThrownBy(() -> count(demo, Json.Obj.EMPTY))
                .isInstanceOfSatisfying(ControlWriteRejectedError.class,
                        e -> assertThat(e.reason()).startsWith("seconds must be > 0"));
        assertThatThrownBy(() -> count(demo, Json.Obj.builder().put("seconds", "long").build()))
                .isInstanceOfSatisfying(ControlWriteRejectedError.class,
                        e -> assertThat(e.reason()).startsWith("seconds must be > 0").contains("\"long\""));
    }

    @Test
    void countOnADetectorTheBeamlineDoesNotHaveFailsAsNotConnected() {
        Json.Obj params = Json.Obj.builder().put("detector", "sim:nope").put("seconds", Json.num(0.01)).build();

        assertThatThrownBy(() -> count(demo, params))
                .isInstanceOfSatisfying(ControlNotConnectedError.class,
                        e -> assertThat(e.address()).isEqualTo("sim:nope:acquire_time"));
    }

    @Test
    void theRegistryOffersCount() throws Exception {
        ActionBody body = SimulatedActions.registry().lookup("count").orElseThrow();

        Json.Obj result = body.run(new ActionContext(demo, CLOCK,
                Json.Obj.builder().put("seconds", Json.num(0.01)).build()));

        assertThat(SimulatedActions.registry().names()).containsExactly("count");
        assertThat(result.get("frame")).contains(Json.num(1));
    }

    private static Json.Obj count(SimulatedBeamlineControlPort port, Json.Obj params) throws Exception {
        return SimulatedActions.count(new ActionContext(port, CLOCK, params));
    }

    private static long number(Json.Obj result, String key) {
        return ((Json.Num) result.get(key).orElseThrow()).value().longValueExact();
    }
}
