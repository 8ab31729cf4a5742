package org.cora.adapters.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.cora.domain.conductor.ActionContext;
import org.cora.domain.conductor.ActionRegistry;
import org.cora.domain.control.ControlNotConnectedError;
import org.cora.domain.control.ControlWriteRejectedError;
import org.cora.domain.control.Measurement;
import org.cora.domain.control.MeasurementKind;
import org.cora.domain.control.Quality;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.cora.domain.shared.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DemoBeamlineTest {

    private static final Instant SEEDED = Instant.parse("2026-03-01T08:00:00Z");
    private static final Clock CLOCK = () -> SEEDED;
    private static final Duration GENEROUS = Duration.ofSeconds(10);

    private final SimulatedBeamlineControlPort demo = SimulatedBeamlineControlPort.demo(CLOCK);

    @AfterEach
    void closePort() {
        demo.close();
    }

    @Test
    void theDemoDeclaresTheDocumentedAddresses() {
        assertThat(demo.addresses()).containsExactlyInAnyOrder(
                "sim:m1", "sim:m1.RBV", "sim:m2", "sim:m2.RBV", "sim:energy", "sim:energy.RBV",
                "sim:shutter", "sim:ring:current", "sim:temp", "sim:vacuum", "sim:cam:exposure",
                "sim:offline", "sim:det:acquire_time", "sim:det:acquire", "sim:det:counts", "sim:det:frame");
    }

    @Test
    void everyDemoAddressReadsWithASourceTimeExceptTheOfflineOne() throws Exception {
        for (String address : demo.addresses()) {
            if (address.equals("sim:offline")) {
                assertThatThrownBy(() -> demo.read(address)).isInstanceOf(ControlNotConnectedError.class);
            } else {
                assertThat(demo.read(address).producedAt()).as(address).isEqualTo(SEEDED);
            }
        }
    }

    @Test
    void theDemoSeedsItsDocumentedValuesAndQualities() throws Exception {
        assertThat(demo.read("sim:ring:current").value()).isEqualTo(Json.num(200));
        assertThat(demo.read("sim:temp").value()).isEqualTo(Json.num(21.5));
        assertThat(demo.read("sim:temp").quality()).isEqualTo(Quality.Good);
        assertThat(demo.read("sim:cam:exposure").value()).isEqualTo(Json.num(0.1));

        Measurement vacuum = demo.read("sim:vacuum");
        assertThat(vacuum.value()).isEqualTo(Json.num(new BigDecimal("2.0e-9")));
        assertThat(vacuum.quality()).isEqualTo(Quality.Uncertain);
        assertThat(vacuum.qualityDetail()).isEqualTo("MINOR/HIGH");

        Measurement shutter = demo.read("sim:shutter");
        assertThat(shutter.value()).isEqualTo(Json.str("Closed"));
        assertThat(shutter.kind()).isEqualTo(MeasurementKind.Categorical);
    }

    @Test
    void theDemoMotorsStayWithinTheirSoftLimits() {
        assertThatThrownBy(() -> demo.write("sim:m1", Json.num(181), true, GENEROUS))
                .isInstanceOf(ControlWriteRejectedError.class).hasMessageContaining("high limit 180");
        assertThatThrownBy(() -> demo.write("sim:m2", Json.num(-51), true, GENEROUS))
                .isInstanceOf(ControlWriteRejectedError.class).hasMessageContaining("low limit -50");
        assertThatThrownBy(() -> demo.write("sim:energy", Json.num(4), true, GENEROUS))
                .isInstanceOf(ControlWriteRejectedError.class).hasMessageContaining("low limit 5");
        assertThatThrownBy(() -> demo.write("sim:ring:current", Json.num(100), true, GENEROUS))
                .isInstanceOf(ControlWriteRejectedError.class);
    }

    @Test
    void theDemoEnergyReadbackShowsTheNewEnergyWithinItsNoiseOnceTheMonochromatorHasSettled() throws Exception {
        long started = System.nanoTime();
        demo.write("sim:energy", Json.num(15), true, GENEROUS);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(20));
        assertThat(number(demo.read("sim:energy.RBV").value())).isCloseTo(15, within(5 * 0.0002));
    }

    @Test
    void theDemoShutterOpensByLabelAndClosesByIndex() throws Exception {
        demo.write("sim:shutter", Json.str("Open"), true, GENEROUS);
        assertThat(demo.read("sim:shutter").value()).isEqualTo(Json.str("Open"));

        demo.write("sim:shutter", Json.num(0), true, GENEROUS);
        assertThat(demo.read("sim:shutter").value()).isEqualTo(Json.str("Closed"));
    }

    @Test
    void theDemoRotationReadbackFollowsTheRotation() throws Exception {
        demo.write("sim:m1", Json.num(90), true, GENEROUS);

        assertThat(demo.read("sim:m1.RBV").value()).isEqualTo(Json.num(90));
    }

    @Test
    void theDemoMotorsCrossTheirWholeRangeInAFewSeconds() throws Exception {
        BeamlineModel model;
        try (InputStream yaml = SimulatedBeamlineControlPort.class.getResourceAsStream("demo-beamline.yaml")) {
            model = BeamlineModelYaml.parse(new InputStreamReader(yaml, StandardCharsets.UTF_8));
        }
        Map<String, MotorModel> motors = new HashMap<>();
        model.addresses().stream().filter(AddressModel::isMotor).forEach(a -> motors.put(a.address(), a.motor()));

        assertThat(motors).containsOnlyKeys("sim:m1", "sim:m2");
        assertThat(MotionProfile.plan(-180, 0, 180, motors.get("sim:m1")).duration()).isBetween(1.0, 4.0);
        assertThat(MotionProfile.plan(-50, 0, 50, motors.get("sim:m2")).duration()).isBetween(1.0, 4.0);
    }

    @Test
    void theDemoTemperatureGoesIntoAlarmWhenAScenarioWarmsTheHutch() throws Exception {
        demo.write("sim:temp", Json.num(26), true, GENEROUS);
        assertThat(demo.read("sim:temp").qualityDetail()).isEqualTo("MINOR/HIGH");

        demo.write("sim:temp", Json.num(30), true, GENEROUS);
        assertThat(demo.read("sim:temp").qualityDetail()).isEqualTo("MAJOR/HIHI");

        demo.write("sim:temp", Json.num(21.5), true, GENEROUS);
        assertThat(demo.read("sim:temp").quality()).isEqualTo(Quality.Good);
    }

    @Test
    void theDemoVacuumLeavesItsAlarmOncePumpedDownAndTheRingCurrentAlarmsWhenTheBeamIsLost() throws Exception {
        demo.setValue("sim:vacuum", Json.num(new BigDecimal("5.0e-10")));
        assertThat(demo.read("sim:vacuum").quality()).isEqualTo(Quality.Good);

        demo.setValue("sim:ring:current", Json.num(0.5));
        assertThat(demo.read("sim:ring:current").qualityDetail()).isEqualTo("MAJOR/LOLO");
    }

    @Test
    void theDemoOffersACountAndAMoveAndSettleForEachMotorAndTheEnergy() throws Exception {
        ActionRegistry actions = demo.actions().registry();
        assertThat(actions.names()).containsExactly("count", "move_m1", "move_m2", "set_energy");

        Json.Obj moved = actions.lookup("move_m2").orElseThrow().run(context("{\"position\": 2.5}"));
        Json.Obj energy = actions.lookup("set_energy").orElseThrow().run(context("{\"position\": 12.4}"));
        Json.Obj counted = actions.lookup("count").orElseThrow().run(context("{\"seconds\": 0.01}"));

        assertThat(moved.get("final_readback")).contains(Json.num(2.5));
        assertThat(number(energy.get("final_readback").orElseThrow())).isCloseTo(12.4, within(0.001));
        assertThat(counted.get("frame")).contains(Json.num(1));
    }

    private ActionContext context(String params) {
        return new ActionContext(demo, CLOCK, (Json.Obj) JsonParser.parse(params));
    }

    private static double number(Json value) {
        return ((Json.Num) value).value().doubleValue();
    }
}
