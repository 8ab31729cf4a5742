package org.cora.adapters.hardware.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cora.domain.control.ControlException;
import org.cora.domain.control.ControlNotConnectedError;
import org.cora.domain.control.ControlPort;
import org.cora.domain.control.ControlSubscription;
import org.cora.domain.control.ControlValueCoercionError;
import org.cora.domain.control.Measurement;
import org.cora.domain.control.MeasurementKind;
import org.cora.domain.control.Quality;
import org.cora.domain.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ControlPort} must do, whatever it talks to. A subclass opens a fresh
 * {@link Fixture} per test holding the addresses below with these initial values:
 * <ul>
 *   <li>{@code ct:number} = 1.5 (writable number, soft limits -100..100 where the port models limits);</li>
 *   <li>{@code ct:text} = "hello"; {@code ct:array} = [1.0, 2.0, 3.0];</li>
 *   <li>{@code ct:enum}, labels Closed, Open, Fault, = "Closed".</li>
 * </ul>
 * {@link ModelledControlPortContract} adds what only a port with a model behind it can show:
 * refusals, alarms and slow writes.
 */
public abstract class ControlPortContract {

    protected static final Duration PATIENCE = Duration.ofSeconds(5);

    /** One port under test and the means to break it. */
    public interface Fixture extends AutoCloseable {

        ControlPort port();

        /** Makes {@code address} unreachable: its connection drops, as when an IOC stops. */
        void disconnect(String address) throws Exception;

        @Override
        void close() throws Exception;
    }

    protected abstract Fixture open() throws Exception;

    protected Fixture fixture;
    protected ControlPort port;

    @BeforeEach
    void openFixture() throws Exception {
        fixture = open();
        port = fixture.port();
    }

    @AfterEach
    void closeFixture() throws Exception {
        fixture.close();
    }

    @Test
    void reads_a_number_as_a_scalar() throws Exception {
        Measurement reading = port.read("ct:number");

        assertThat(reading.value()).isEqualTo(Json.num(new BigDecimal("1.5")));
        assertThat(reading.kind()).isEqualTo(MeasurementKind.Scalar);
        assertThat(reading.quality()).isEqualTo(Quality.Good);
    }

    @Test
    void reads_text_as_a_scalar() throws Exception {
        Measurement reading = port.read("ct:text");

        assertThat(reading.value()).isEqualTo(Json.str("hello"));
        assertThat(reading.kind()).isEqualTo(MeasurementKind.Scalar);
    }

    @Test
    void reads_an_array_with_its_own_length() throws Exception {
        Measurement reading = port.read("ct:array");

        assertThat(reading.value()).isEqualTo(numbers(1.0, 2.0, 3.0));
        assertThat(reading.kind()).isEqualTo(MeasurementKind.Array);
    }

    @Test
    void reads_an_enum_as_its_label() throws Exception {
        Measurement reading = port.read("ct:enum");

        assertThat(reading.value()).isEqualTo(Json.str("Closed"));
        assertThat(reading.kind()).isEqualTo(MeasurementKind.Categorical);
    }

    @Test
    void a_waited_write_is_read_back() throws Exception {
        port.write("ct:number", Json.num(new BigDecimal("42.25")), true, PATIENCE);

        assertThat(port.read("ct:number").value()).isEqualTo(Json.num(new BigDecimal("42.25")));
    }

    @Test
    void a_written_array_is_read_back_with_its_new_length() throws Exception {
        port.write("ct:array", numbers(4.0, 5.0, 6.0, 7.0, 8.0), true, PATIENCE);
        assertThat(port.read("ct:array").value()).isEqualTo(numbers(4.0, 5.0, 6.0, 7.0, 8.0));

        port.write("ct:array", numbers(9.5), true, PATIENCE);
        assertThat(port.read("ct:array").value()).isEqualTo(numbers(9.5));
    }

    @Test
    void a_written_string_is_read_back() throws Exception {
        port.write("ct:text", Json.str("sample-7"), true, PATIENCE);

        assertThat(port.read("ct:text").value()).isEqualTo(Json.str("sample-7"));
    }

    @Test
    void an_object_cannot_be_written() {
        Json object = Json.Obj.builder().put("x", Json.num(1)).build();

        assertThatThrownBy(() -> port.write("ct:number", object, true, PATIENCE))
                .isInstanceOf(ControlValueCoercionError.class)
                .hasFieldOrPropertyWithValue("address", "ct:number");
    }

    @Test
    void a_source_time_is_reported_and_never_the_epoch() throws Exception {
        port.write("ct:number", Json.num(7), true, PATIENCE);

        Instant producedAt = port.read("ct:number").producedAt();

        if (producedAt != null) {
            assertThat(producedAt).isAfter(Instant.parse("1990-01-01T00:00:01Z"));
        }
        assertThat(producedAt == null || producedAt.isBefore(Instant.now().plusSeconds(60))).isTrue();
    }

    @Test
    void an_unknown_address_is_not_connected() {
        assertThatThrownBy(() -> port.read("ct:nothing-here"))
                .isInstanceOf(ControlNotConnectedError.class)
                .hasFieldOrPropertyWithValue("address", "ct:nothing-here");
    }

    @Test
    void a_subscription_starts_with_the_current_value_then_streams_changes_in_order() throws Exception {
        try (ControlSubscription subscription = port.subscribe("ct:number")) {
            assertThat(next(subscription).value()).isEqualTo(Json.num(new BigDecimal("1.5")));

            for (int i = 1; i <= 5; i++) {
                port.write("ct:number", Json.num(i), true, PATIENCE);
            }

            List<Json> seen = new ArrayList<>();
            while (!seen.contains(Json.num(5))) {
                seen.add(next(subscription).value());
            }
            assertThat(seen).isSubsetOf(List.of(Json.num(1), Json.num(2), Json.num(3), Json.num(4), Json.num(5)));
            assertThat(seen).isSortedAccordingTo(this::byNumber);
        }
    }

    @Test
    void a_subscription_ends_with_an_error_when_the_address_disconnects() throws Exception {
        try (ControlSubscription subscription = port.subscribe("ct:number")) {
            next(subscription);

            fixture.disconnect("ct:number");

            assertThatThrownBy(() -> drainUntilFailure(subscription))
                    .isInstanceOf(ControlNotConnectedError.class)
                    .hasFieldOrPropertyWithValue("address", "ct:number");
        }
    }

    @Test
    void a_read_after_a_disconnect_is_not_connected() throws Exception {
        port.read("ct:number");

        fixture.disconnect("ct:number");

        assertThatThrownBy(() -> port.read("ct:number")).isInstanceOf(ControlNotConnectedError.class);
        assertThatThrownBy(() -> port.write("ct:number", Json.num(1), true, PATIENCE))
                .isInstanceOf(ControlNotConnectedError.class);
    }

    @Test
    void a_closed_subscription_delivers_nothing_more() throws Exception {
        ControlSubscription subscription = port.subscribe("ct:number");
        next(subscription);

        subscription.close();
        port.write("ct:number", Json.num(3), true, PATIENCE);

        assertThat(subscription.next(Duration.ofMillis(300))).isEmpty();
        subscription.close();
    }

    @Test
    void a_subscription_to_an_unknown_address_fails_on_its_first_pull() throws Exception {
        try (ControlSubscription subscription = port.subscribe("ct:nothing-here")) {
            assertThatThrownBy(() -> drainUntilFailure(subscription)).isInstanceOf(ControlNotConnectedError.class);
        }
    }

    protected static Measurement next(ControlSubscription subscription) throws ControlException {
        Optional<Measurement> reading = subscription.next(PATIENCE);
        assertThat(reading).as("a reading within " + PATIENCE).isPresent();
        return reading.get();
    }

    /** Pulls until the stream fails, which the caller expects; fails the test if it stays quiet. */
    protected static void drainUntilFailure(ControlSubscription subscription) throws ControlException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            subscription.next(Duration.ofMillis(100));
        }
        throw new AssertionError("the subscription did not fail within " + PATIENCE);
    }

    protected static Json numbers(double... values) {
        List<Json> items = new ArrayList<>();
        for (double value : values) {
            items.add(Json.num(BigDecimal.valueOf(value)));
        }
        return new Json.Arr(items);
    }

    private int byNumber(Json a, Json b) {
        return ((Json.Num) a).value().compareTo(((Json.Num) b).value());
    }
}
