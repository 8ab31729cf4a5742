package org.cora.adapters.hardware.epics.ca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.cora.adapters.hardware.SimulatedBeamlineControlPort;
import org.cora.domain.control.ControlNotConnectedError;
import org.cora.domain.control.ControlSubscription;
import org.cora.domain.control.ControlValueCoercionError;
import org.cora.domain.control.ControlWriteRejectedError;
import org.cora.domain.control.MalformedControlAddressError;
import org.cora.domain.control.Measurement;
import org.cora.domain.control.MeasurementKind;
import org.cora.domain.json.Json;
import org.cora.domain.shared.Cancelled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the Channel Access port does beyond the contract, over the real protocol on loopback. */
class EpicsCaControlPortTest {

    private static final Duration PATIENCE = Duration.ofSeconds(5);

    @Test
    void enum_labels_are_fetched_once_with_a_control_read() throws Exception {
        try (CaLoopback ca = CaLoopback.serve(CaLoopback.contractModel())) {
            for (int i = 0; i < 3; i++) {
                assertThat(ca.port().read("ct:enum").value()).isEqualTo(Json.str("Closed"));
            }
            ca.port().write("ct:enum", Json.str("Open"), true, PATIENCE);
            try (ControlSubscription subscription = ca.port().subscribe("ct:enum")) {
                assertThat(next(subscription).value()).isEqualTo(Json.str("Open"));
            }
            ca.port().read("ct:number");

            assertThat(ca.server().controlReads("ct:enum")).isEqualTo(1);
            assertThat(ca.server().controlReads("ct:number")).isZero();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1970-01-01T00:00:00Z", "1990-01-01T00:00:00Z"})
    void a_stamp_at_or_before_the_epics_epoch_reads_as_no_time(String clock) throws Exception {
        Instant stamped = Instant.parse(clock);
        try (CaLoopback ca = CaLoopback.serve(CaLoopback.contractModel(() -> stamped))) {
            Measurement reading = ca.port().read("ct:number");

            assertThat(reading.value()).isEqualTo(Json.num(new BigDecimal("1.5")));
            assertThat(reading.producedAt()).isNull();
        }
    }

    @Test
    void the_servers_stamp_is_the_reading_time_to_the_nanosecond() throws Exception {
        Instant stamped = Instant.parse("2026-03-04T05:06:07.123456789Z");
        try (CaLoopback ca = CaLoopback.serve(CaLoopback.contractModel(() -> stamped))) {
            assertThat(ca.port().read("ct:text").producedAt()).isEqualTo(stamped);
        }
    }

    @Test
    void a_pv_no_server_has_is_not_connected_once_the_connect_timeout_passes() {
        Duration connectTimeout = Duration.ofMillis(300);
        EpicsCaSettings settings = CaLoopback.clientSettings(CaLoopback.freeUdpPort(), CaLoopback.freeUdpPort())
                .withTimeouts(connectTimeout, Duration.ofSeconds(1));
        try (EpicsCaControlPort port = new EpicsCaControlPort(settings)) {
            long started = System.nanoTime();

            assertThatThrownBy(() -> port.read("nowhere:pv"))
                    .isInstanceOf(ControlNotConnectedError.class)
                    .hasFieldOrPropertyWithValue("address", "nowhere:pv");

            Duration waited = Duration.ofNanos(System.nanoTime() - started);
            assertThat(waited).isBetween(connectTimeout, Duration.ofSeconds(2));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ct: number", "ct:number\n", "ct:\tnumber"})
    void a_malformed_pv_name_is_refused_before_any_traffic(String address) {
        try (EpicsCaControlPort port = new EpicsCaControlPort(
                CaLoopback.clientSettings(CaLoopback.freeUdpPort(), CaLoopback.freeUdpPort()))) {
            assertThatThrownBy(() -> port.read(address)).isInstanceOf(MalformedControlAddressError.class)
                    .hasFieldOrPropertyWithValue("substrate", "epics_ca");
            assertThatThrownBy(() -> port.write(address, Json.num(1), true, PATIENCE))
                    .isInstanceOf(MalformedControlAddressError.class);
            assertThatThrownBy(() -> port.subscribe(address)).isInstanceOf(MalformedControlAddressError.class);
        }
    }

    @Test
    void an_array_subscription_follows_the_arrays_length() throws Exception {
        try (CaLoopback ca = CaLoopback.serve(CaLoopback.contractModel());
             ControlSubscription subscription = ca.port().subscribe("ct:array")) {
            assertThat(next(subscription).value()).isEqualTo(numbers(1.0, 2.0, 3.0));

            ca.port().write("ct:array", numbers(4.0, 5.0, 6.0, 7.0, 8.0), true, PATIENCE);
            assertThat(next(subscription).value()).isEqualTo(numbers(4.0, 5.0, 6.0, 7.0, 8.0));

            ca.port().write("ct:array", numbers(9.5), true, PATIENCE);
            Measurement shrunk = next(subscription);
            assertThat(shrunk.value()).isEqualTo(numbers(9.5));
            assertThat(shrunk.kind()).isEqualTo(MeasurementKind.Array);
        }
    }

    @Test
    void a_value_of_the_wrong_type_is_refused_and_changes_nothing() throws Exception {
        try (CaLoopback ca = CaLoopback.serve(CaLoopback.contractModel())) {
            assertCoercionRefused(ca, "ct:number", Json.bool(true));
            assertCoercionRefused(ca, "ct:number", numbers(1.0, 2.0));
            assertCoercionRefused(ca, "ct:text", Json.num(3));
            assertCoercionRefused(ca, "ct:array", Json.num(3));
            assertCoercionRefused(ca, "ct:enum", Json.num(new BigDecimal("1.5")));
            assertCoercionRefused(ca, "ct:enum", Json.NULL);

            assertThat(ca.port().read("ct:number").value()).isEqualTo(Json.num(new BigDecimal("1.5")));
            assertThat(ca.port().read("ct:text").value()).isEqualTo(Json.str("hello"));
            assertThat(ca.port().read("ct:array").value()).isEqualTo(numbers(1.0, 2.0, 3.0));
            assertThat(ca.port().read("ct:enum").value()).isEqualTo(Json.str("Closed"));
        }
    }

    @Test
    void a_value_the_channel_cannot_hold_is_rejected() throws Exception {
        try (CaLoopback ca = CaLoopback.serve(CaLoopback.contractModel())) {
            double[] tooMany = new double[2000];
            assertThatThrownBy(() -> ca.port().write("ct:array", numbers(tooMany), true, PATIENCE))
                    .isInstanceOf(ControlWriteRejectedError.class);
            assertThatThrownBy(() -> ca.port().write("ct:text", Json.str("x".repeat(40)), true, PATIENCE))
                    .isInstanceOf(ControlWriteRejectedError.class);
            assertThatThrownBy(() -> ca.port().write("ct:enum", Json.num(3), true, PATIENCE))
                    .isInstanceOf(ControlWriteRejectedError.class);
            assertThatThrownBy(() -> ca.port().write("ct:array", new Json.Arr(List.of()), true, PATIENCE))
                    .isInstanceOf(ControlWriteRejectedError.class);
        }
    }

    @Test
    void a_boolean_is_served_as_a_two_label_enum_and_takes_a_boolean() throws Exception {
        SimulatedBeamlineControlPort flagged = SimulatedBeamlineControlPort.fromYaml(
                new StringReader("addresses:\n  t:shutter:\n    value: true\n"), Instant::now);
        try (CaLoopback ca = CaLoopback.serve(flagged)) {
            Measurement reading = ca.port().read("t:shutter");
            assertThat(reading.value()).isEqualTo(Json.str("true"));
            assertThat(reading.kind()).isEqualTo(MeasurementKind.Categorical);

            ca.port().write("t:shutter", Json.bool(false), true, PATIENCE);

            assertThat(flagged.read("t:shutter").value()).isEqualTo(Json.bool(false));
            assertThat(ca.port().read("t:shutter").value()).isEqualTo(Json.str("false"));
        }
    }

    @Test
    void an_interrupted_wait_restores_the_flag_and_cancels() throws Exception {
        try (CaLoopback ca = CaLoopback.serve(CaLoopback.contractModel())) {
            ca.port().read("ct:slow");
            Thread.currentThread().interrupt();
            try {
                assertThatThrownBy(() -> ca.port().write("ct:slow", Json.num(1), true, PATIENCE))
                        .isInstanceOf(Cancelled.class);
                assertThat(Thread.currentThread().isInterrupted()).isTrue();
            } finally {
                Thread.interrupted();
            }
        }
    }

    @Test
    void closing_the_port_ends_live_subscriptions_and_later_calls_as_not_connected() throws Exception {
        try (CaLoopback ca = CaLoopback.serve(CaLoopback.contractModel());
             ControlSubscription subscription = ca.port().subscribe("ct:number")) {
            next(subscription);

            ca.port().close();
            ca.port().close();

            assertThatThrownBy(() -> subscription.next(PATIENCE)).isInstanceOf(ControlNotConnectedError.class);
            assertThatThrownBy(() -> ca.port().read("ct:number")).isInstanceOf(ControlNotConnectedError.class);
        }
    }

    @Test
    void closing_leaves_no_thread_running_and_forks_no_repeater() throws Exception {
        List<Thread> before = platformThreads();
        int repeaterPort;
        try (CaLoopback ca = CaLoopback.serve(CaLoopback.contractModel());
             ControlSubscription subscription = ca.port().subscribe("ct:number")) {
            repeaterPort = ca.repeaterPort();
            next(subscription);
            ca.port().write("ct:number", Json.num(2), true, PATIENCE);
            ca.port().write("ct:slow", Json.num(2), false, PATIENCE);
        }

        assertThat(threadsStartedSince(before)).as("threads still alive after close").isEmpty();
        assertThat(repeaters(repeaterPort)).as("forked CA repeaters").isEmpty();
    }

    private static void assertCoercionRefused(CaLoopback ca, String address, Json value) {
        assertThatThrownBy(() -> ca.port().write(address, value, true, PATIENCE))
                .as("writing %s to %s", value, address)
                .isInstanceOf(ControlValueCoercionError.class)
                .hasFieldOrPropertyWithValue("address", address);
    }

    private static Measurement next(ControlSubscription subscription) throws Exception {
        Optional<Measurement> reading = subscription.next(PATIENCE);
        assertThat(reading).as("a reading within " + PATIENCE).isPresent();
        return reading.get();
    }

    private static Json numbers(double... values) {
        List<Json> items = new ArrayList<>();
        for (double value : values) {
            items.add(Json.num(BigDecimal.valueOf(value)));
        }
        return new Json.Arr(items);
    }

    private static List<Thread> platformThreads() {
        return new ArrayList<>(Thread.getAllStackTraces().keySet());
    }

    /** Threads started since {@code before} that are still alive a few seconds on, bar the JDK's own. */
    private static List<String> threadsStartedSince(List<Thread> before) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        List<String> started;
        do {
            started = platformThreads().stream()
                    .filter(thread -> thread.isAlive() && !before.contains(thread))
                    .map(Thread::getName)
                    .filter(name -> !name.startsWith("ForkJoinPool") && !name.startsWith("VirtualThread")
                            && !name.equals("process reaper") && !name.equals("Attach Listener"))
                    .toList();
            if (!started.isEmpty()) {
                Thread.sleep(100);
            }
        } while (!started.isEmpty() && System.nanoTime() < deadline);
        return started;
    }

    /** CA repeater JVMs this run forked, or that serve its repeater port. */
    private static List<String> repeaters(int repeaterPort) {
        List<String> found = new ArrayList<>();
        ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().orElse("").contains("com.cosylab.epics.caj.CARepeater"))
                .filter(process -> isDescendantOfThisJvm(process)
                        || process.info().commandLine().orElse("").contains(Integer.toString(repeaterPort)))
                .forEach(process -> found.add(process.pid() + " " + process.info().commandLine().orElse("")));
        return Collections.unmodifiableList(found);
    }

    private static boolean isDescendantOfThisJvm(ProcessHandle process) {
        return ProcessHandle.current().descendants().anyMatch(descendant -> descendant.pid() == process.pid());
    }
}
