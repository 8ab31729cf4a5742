package org.cora.adapters.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.cora.domain.control.ControlNotConnectedError;
import org.cora.domain.control.ControlWriteRejectedError;
import org.cora.domain.control.Measurement;
import org.cora.domain.control.MeasurementKind;
import org.cora.domain.control.Quality;
import org.cora.domain.json.Json;
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
    void theDemoEnergyReadbackShowsTheNewEnergyOnceTheMonochromatorHasSettled() throws Exception {
        long started = System.nanoTime();
        demo.write("sim:energy", Json.num(15), true, GENEROUS);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(20));
        assertThat(demo.read("sim:energy.RBV").value()).isEqualTo(Json.num(15));
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
}
