package org.cora.adapters.hardware.epics.pva;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.cora.domain.control.ControlAccessDeniedError;
import org.cora.domain.control.ControlNotConnectedError;
import org.cora.domain.control.ControlSubscription;
import org.cora.domain.control.ControlValueCoercionError;
import org.cora.domain.control.ControlWriteRejectedError;
import org.cora.domain.control.Measurement;
import org.cora.domain.control.MeasurementKind;
import org.cora.domain.control.Quality;
import org.cora.domain.json.Json;
import org.cora.domain.shared.Cancelled;
import org.epics.pva.data.PVABool;
import org.epics.pva.data.PVAData;
import org.epics.pva.data.PVADouble;
import org.epics.pva.data.PVADoubleArray;
import org.epics.pva.data.PVAInt;
import org.epics.pva.data.PVAIntArray;
import org.epics.pva.data.PVALong;
import org.epics.pva.data.PVAShortArray;
import org.epics.pva.data.PVAString;
import org.epics.pva.data.PVAStringArray;
import org.epics.pva.data.PVAStructure;
import org.epics.pva.data.PVAStructureArray;
import org.epics.pva.data.PVAUnion;
import org.epics.pva.data.nt.PVAAlarm;
import org.epics.pva.data.nt.PVAAlarm.AlarmSeverity;
import org.epics.pva.data.nt.PVAAlarm.AlarmStatus;
import org.epics.pva.data.nt.PVATimeStamp;
import org.epics.pva.server.PVAServer;
import org.epics.pva.server.ServerPV;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What only pvAccess has, against a core-pva server on loopback holding PVs built by hand: the
 * normative types the simulated IOC never serves, integer and unsigned fields, raw time stamps,
 * server refusals, and the port's own lifecycle.
 */
class EpicsPvaControlPortTest {

    private static final Instant STAMP = Instant.parse("2026-11-25T10:15:30.123456789Z");
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private PVAServer server;
    private int udpPort;
    private EpicsPvaControlPort port;

    @BeforeEach
    void startServerAndPort() throws Exception {
        udpPort = freeUdpPort();
        server = PvaLibraryConfiguration.loopbackServer(udpPort, 0);
        port = new EpicsPvaControlPort(loopback(Duration.ofSeconds(2)));
    }

    @AfterEach
    void stop() {
        port.close();
        server.close();
    }

    @Test
    void an_ntndarray_reads_as_an_image_of_its_dimensions_and_flat_data() throws Exception {
        server.createPV("hm:image", image(new short[] {1, 2, 3, 4, 5, (short) 40_000}, 3, 2));

        Measurement reading = port.read("hm:image");

        assertThat(reading.kind()).isEqualTo(MeasurementKind.Image);
        assertThat(reading.value()).isEqualTo(Json.Obj.builder()
                .put("dims", Json.Arr.of(Json.num(3), Json.num(2)))
                .put("data", numbers(1, 2, 3, 4, 5, 40_000))
                .build());
        assertThat(reading.producedAt()).isEqualTo(STAMP);
    }

    @Test
    void an_nttable_reads_as_tabular_columns_by_field_name() throws Exception {
        server.createPV("hm:table", new PVAStructure("", "epics:nt/NTTable:1.0",
                new PVAStringArray("labels", "Position (mm)", "Counts"),
                new PVAStructure("value", "",
                        new PVADoubleArray("position", 1.5, 2.25),
                        new PVAIntArray("counts", false, 10, -20)),
                new PVAAlarm(), new PVATimeStamp(STAMP)));

        Measurement reading = port.read("hm:table");

        assertThat(reading.kind()).isEqualTo(MeasurementKind.Tabular);
        assertThat(reading.value().toJsonText()).isEqualTo("{\"position\":[1.5,2.25],\"counts\":[10,-20]}");
    }

    @Test
    void a_zero_or_pre_1990_time_stamp_reads_as_no_source_time() throws Exception {
        server.createPV("hm:zero", scalar(new PVADouble("value", 1.0), new PVATimeStamp(Instant.EPOCH)));
        server.createPV("hm:1989", scalar(new PVADouble("value", 1.0),
                new PVATimeStamp(Instant.parse("1989-12-31T23:59:59Z"))));
        server.createPV("hm:stamped", scalar(new PVADouble("value", 1.0), new PVATimeStamp(STAMP)));

        assertThat(port.read("hm:zero").producedAt()).isNull();
        assertThat(port.read("hm:1989").producedAt()).isNull();
        assertThat(port.read("hm:stamped").producedAt()).isEqualTo(STAMP);
    }

    @Test
    void an_integer_ntscalar_reads_as_an_integer_and_takes_only_whole_numbers_in_its_range() throws Exception {
        server.createPV("hm:int", scalar(new PVAInt("value", 7), new PVATimeStamp(STAMP)),
                (tcp, pv, changes, written) -> pv.update(written));

        assertThat(port.read("hm:int").value().toJsonText()).isEqualTo("7");

        port.write("hm:int", Json.num(-9), true, PATIENCE);
        assertThat(port.read("hm:int").value().toJsonText()).isEqualTo("-9");

        assertThatThrownBy(() -> port.write("hm:int", Json.num(new BigDecimal("2.5")), true, PATIENCE))
                .isInstanceOf(ControlValueCoercionError.class);
        assertThatThrownBy(() -> port.write("hm:int", Json.num(3_000_000_000L), true, PATIENCE))
                .isInstanceOf(ControlValueCoercionError.class);
        assertThat(port.read("hm:int").value()).isEqualTo(Json.num(-9));
    }

    @Test
    void an_unsigned_field_reads_as_unsigned() throws Exception {
        server.createPV("hm:uint", scalar(new PVAInt("value", true, -1), new PVATimeStamp(STAMP)));

        assertThat(port.read("hm:uint").value()).isEqualTo(Json.num(4_294_967_295L));
    }

    @Test
    void the_alarm_status_name_stands_in_for_an_empty_message() throws Exception {
        server.createPV("hm:device", new PVAStructure("", "epics:nt/NTScalar:1.0", new PVADouble("value", 1.0),
                new PVAAlarm(AlarmSeverity.MAJOR, AlarmStatus.DEVICE, ""), new PVATimeStamp(STAMP)));

        Measurement reading = port.read("hm:device");

        assertThat(reading.quality()).isEqualTo(Quality.Uncertain);
        assertThat(reading.qualityDetail()).isEqualTo("MAJOR/DEVICE");
    }

    @Test
    void a_put_the_server_fails_is_a_write_rejection_with_the_servers_message() throws Exception {
        server.createPV("hm:refuses", scalar(new PVADouble("value", 1.0), new PVATimeStamp(STAMP)),
                (tcp, pv, changes, written) -> {
                    throw new Exception("interlock open");
                });

        assertThatThrownBy(() -> port.write("hm:refuses", Json.num(2), true, PATIENCE))
                .isInstanceOf(ControlWriteRejectedError.class)
                .hasFieldOrPropertyWithValue("address", "hm:refuses")
                // core-pva's server sends "Write failed" whatever its handler threw.
                .hasFieldOrPropertyWithValue("reason", "Write failed");
    }

    @Test
    void a_pv_without_write_access_is_refused_before_anything_is_sent() throws Exception {
        server.createPV("hm:readonly", scalar(new PVADouble("value", 1.0), new PVATimeStamp(STAMP)));

        assertThatThrownBy(() -> port.write("hm:readonly", Json.num(2), true, PATIENCE))
                .isInstanceOf(ControlAccessDeniedError.class)
                .hasFieldOrPropertyWithValue("address", "hm:readonly");
    }

    @Test
    void a_pv_nobody_serves_is_not_connected_once_the_connection_timeout_passes() {
        Duration timeout = Duration.ofMillis(300);
        try (EpicsPvaControlPort impatient = new EpicsPvaControlPort(loopback(timeout))) {
            long started = System.nanoTime();

            assertThatThrownBy(() -> impatient.read("hm:nobody")).isInstanceOf(ControlNotConnectedError.class);

            Duration waited = Duration.ofNanos(System.nanoTime() - started);
            assertThat(waited).isBetween(timeout, Duration.ofMillis(1500));
        }
    }

    @Test
    void a_subscription_monitors_only_from_its_first_pull_until_it_is_closed() throws Exception {
        ServerPV pv = server.createPV("hm:watched", scalar(new PVADouble("value", 1.0), new PVATimeStamp(STAMP)));
        ControlSubscription subscription = port.subscribe("hm:watched");
        Thread.sleep(300);
        assertThat(pv.isSubscribed()).as("subscribed before the first pull").isFalse();

        assertThat(subscription.next(PATIENCE)).isPresent();
        assertThat(pv.isSubscribed()).isTrue();

        subscription.close();
        waitUntil(() -> !pv.isSubscribed());
        assertThat(pv.isSubscribed()).as("subscribed after the close").isFalse();
    }

    @Test
    void an_interrupted_wait_is_cancelled_and_keeps_the_interrupt() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> port.read("hm:nobody")).isInstanceOf(Cancelled.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void closing_the_port_ends_its_live_subscriptions_and_answers_later_calls_as_not_connected() throws Exception {
        server.createPV("hm:live", scalar(new PVADouble("value", 1.0), new PVATimeStamp(STAMP)));
        ControlSubscription subscription = port.subscribe("hm:live");
        assertThat(subscription.next(PATIENCE)).isPresent();

        port.close();

        assertThatThrownBy(() -> subscription.next(PATIENCE)).isInstanceOf(ControlNotConnectedError.class);
        assertThatThrownBy(() -> port.read("hm:live")).isInstanceOf(ControlNotConnectedError.class);
        subscription.close();
    }

    @Test
    void closing_the_port_leaves_no_thread_running_pvaccess_code() throws Exception {
        server.createPV("hm:busy", scalar(new PVADouble("value", 1.0), new PVATimeStamp(STAMP)),
                (tcp, pv, changes, written) -> pv.update(written));
        Set<Long> before = liveThreadIds();
        EpicsPvaControlPort busy = new EpicsPvaControlPort(loopback(Duration.ofSeconds(2)));
        busy.write("hm:busy", Json.num(3), true, PATIENCE);
        ControlSubscription subscription = busy.subscribe("hm:busy");
        assertThat(subscription.next(PATIENCE)).isPresent();
        assertThat(threadsRunningPvaCode(before)).as("the port's threads while it is open").isNotEmpty();

        busy.close();

        waitUntil(() -> threadsRunningPvaCode(before).isEmpty());
        assertThat(threadsRunningPvaCode(before)).isEmpty();
    }

    /** Waits up to {@link #PATIENCE} for {@code condition}; the caller asserts it. */
    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    /** Threads started since {@code before} with a pvAccess frame on their stack (idle pool workers have none). */
    private static List<String> threadsRunningPvaCode(Set<Long> before) {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(entry -> !before.contains(entry.getKey().threadId()) && entry.getKey().isAlive())
                .filter(entry -> Arrays.stream(entry.getValue())
                        .anyMatch(frame -> frame.getClassName().startsWith("org.epics.pva")))
                .map(entry -> entry.getKey().getName())
                .toList();
    }

    private static Set<Long> liveThreadIds() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::threadId).collect(Collectors.toSet());
    }

    private EpicsPvaSettings loopback(Duration connectionTimeout) {
        return new EpicsPvaSettings(List.of("127.0.0.1"), false, List.of(), udpPort, 5075, connectionTimeout,
                Duration.ofSeconds(5));
    }

    private static PVAStructure scalar(PVAData value, PVATimeStamp stamp) {
        return new PVAStructure("", "epics:nt/NTScalar:1.0", value, new PVAAlarm(), stamp);
    }

    /** An NTNDArray of unsigned 16-bit pixels, {@code width} varying fastest. */
    private static PVAStructure image(short[] pixels, int width, int height) {
        PVAStructure dimensionType = dimension(0);
        return new PVAStructure("", "epics:nt/NTNDArray:1.0",
                new PVAUnion("value", "", 1,
                        new PVADoubleArray("doubleValue"),
                        new PVAShortArray("ushortValue", true, pixels)),
                new PVAStructure("codec", "codec_t", new PVAString("name", "")),
                new PVALong("compressedSize", false, pixels.length * 2L),
                new PVALong("uncompressedSize", false, pixels.length * 2L),
                new PVAStructureArray("dimension", dimensionType, dimension(width), dimension(height)),
                new PVAInt("uniqueId", 1),
                new PVATimeStamp("dataTimeStamp", STAMP),
                new PVAAlarm(),
                new PVATimeStamp(STAMP));
    }

    private static PVAStructure dimension(int size) {
        return new PVAStructure("", "dimension_t", new PVAInt("size", size), new PVAInt("offset", 0),
                new PVAInt("fullSize", size), new PVAInt("binning", 1),
                new PVABool("reverse", false));
    }

    private static Json numbers(long... values) {
        return new Json.Arr(Arrays.stream(values).mapToObj(Json::num).map(Json.class::cast).toList());
    }

    private static int freeUdpPort() throws Exception {
        try (DatagramSocket probe = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }
}
