package org.cora.adapters.hardware.epics.pva;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.cora.adapters.hardware.ChannelDescription;
import org.cora.adapters.hardware.SimulatedBeamlineControlPort;
import org.cora.domain.control.ControlNotConnectedError;
import org.cora.domain.control.ControlSubscription;
import org.cora.domain.control.Measurement;
import org.cora.domain.control.Quality;
import org.cora.domain.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The simulated IOC seen through a real pvAccess client on loopback. */
class PvaSimulatedIocServerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(5);
    private static final String MODEL = """
            addresses:
              t:flag:
                value: true
              t:number:
                value: 1.5
              t:slow:
                value: 0.0
                write_latency_ms: 3000
              t:offline:
                value: 1.0
                connected: false
              t:uncertain:
                value: 1.0
                quality: Uncertain
              t:bad:
                value: 1.0
                quality: Bad
            """;

    private SimulatedBeamlineControlPort beamline;
    private PvaSimulatedIocServer ioc;
    private EpicsPvaControlPort port;

    private void serve(SimulatedBeamlineControlPort simulator) {
        beamline = simulator;
        ioc = PvaSimulatedIocServer.serve(beamline, 0, 0);
        port = new EpicsPvaControlPort(ioc.clientSettings().withConnectionTimeout(Duration.ofSeconds(2)));
    }

    @AfterEach
    void stop() {
        port.close();
        ioc.close();
        beamline.close();
    }

    @Test
    void every_address_of_the_demo_beamline_reads_with_the_simulators_kind_quality_and_value_type() throws Exception {
        serve(SimulatedBeamlineControlPort.demo(Instant::now));

        for (ChannelDescription description : beamline.describe()) {
            Measurement simulated;
            try {
                simulated = beamline.read(description.address());
            } catch (ControlNotConnectedError switchedOff) {
                assertThatThrownBy(() -> port.read(description.address())).isInstanceOf(ControlNotConnectedError.class);
                continue;
            }
            Measurement served = port.read(description.address());

            assertThat(served.kind()).as(description.address()).isEqualTo(simulated.kind());
            assertThat(served.quality()).as(description.address()).isEqualTo(simulated.quality());
            assertThat(served.value().getClass()).as(description.address()).isEqualTo(simulated.value().getClass());
            if (simulated.value() instanceof Json.Arr array) {
                assertThat(((Json.Arr) served.value()).items()).as(description.address()).hasSameSizeAs(array.items());
            }
        }
    }

    @Test
    void a_boolean_address_is_a_boolean_scalar_both_ways() throws Exception {
        serve(model());

        assertThat(port.read("t:flag").value()).isEqualTo(Json.bool(true));

        port.write("t:flag", Json.bool(false), true, PATIENCE);

        assertThat(port.read("t:flag").value()).isEqualTo(Json.bool(false));
        assertThat(beamline.read("t:flag").value()).isEqualTo(Json.bool(false));
    }

    @Test
    void a_waited_put_completes_only_once_the_simulators_write_has_landed() throws Exception {
        serve(model());
        long started = System.nanoTime();

        port.write("t:slow", Json.num(4), true, PATIENCE);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(2900));
        assertThat(beamline.read("t:slow").value()).isEqualTo(Json.num(4));
    }

    @Test
    void a_change_the_simulator_makes_reaches_monitors() throws Exception {
        serve(model());
        try (ControlSubscription subscription = port.subscribe("t:number")) {
            assertThat(subscription.next(PATIENCE).orElseThrow().value()).isEqualTo(Json.num(1.5));

            beamline.write("t:number", Json.num(8), true, PATIENCE);

            assertThat(subscription.next(PATIENCE).orElseThrow().value()).isEqualTo(Json.num(8));
        }
    }

    @Test
    void an_address_the_model_holds_disconnected_is_not_served() {
        serve(model());

        assertThatThrownBy(() -> port.read("t:offline")).isInstanceOf(ControlNotConnectedError.class);
    }

    @Test
    void a_quality_without_detail_is_published_as_its_least_severity() throws Exception {
        serve(model());

        Measurement uncertain = port.read("t:uncertain");
        Measurement bad = port.read("t:bad");

        assertThat(uncertain.quality()).isEqualTo(Quality.Uncertain);
        assertThat(uncertain.qualityDetail()).isEqualTo("MINOR");
        assertThat(bad.quality()).isEqualTo(Quality.Bad);
        assertThat(bad.qualityDetail()).isEqualTo("INVALID");
    }

    @Test
    void closing_the_server_fails_a_waited_write_in_flight_as_not_connected_at_once() throws Exception {
        serve(model());
        port.read("t:slow");
        CompletableFuture<Void> write = CompletableFuture.runAsync(() -> {
            try {
                port.write("t:slow", Json.num(9), true, Duration.ofSeconds(30));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(300);
        long closing = System.nanoTime();

        ioc.close();

        assertThatThrownBy(() -> write.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS))
                .hasRootCauseInstanceOf(ControlNotConnectedError.class);
        assertThat(Duration.ofNanos(System.nanoTime() - closing)).isLessThan(Duration.ofSeconds(2));
    }

    private static SimulatedBeamlineControlPort model() {
        return SimulatedBeamlineControlPort.fromYaml(new StringReader(MODEL), Instant::now);
    }
}
