package org.cora.adapters.hardware.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import org.cora.domain.control.ControlException;
import org.cora.domain.control.ControlSubscription;
import org.cora.domain.control.ControlTimeoutError;
import org.cora.domain.control.ControlValueCoercionError;
import org.cora.domain.control.ControlWriteRejectedError;
import org.cora.domain.control.Measurement;
import org.cora.domain.control.Quality;
import org.cora.domain.json.Json;
import org.junit.jupiter.api.Test;

/**
 * The contract for ports with a beamline model behind them (the simulated beamline, and the
 * simulated IOC reached over Channel Access or pvAccess): the fixture holds every address of
 * {@code contract-beamline.yaml}.
 */
public abstract class ModelledControlPortContract extends ControlPortContract {

    /**
     * How this port refuses a write to a read-only address: the simulator rejects the write, an
     * EPICS server withholds write access, and each protocol reports that its own way.
     */
    protected abstract Class<? extends ControlException> readOnlyRefusal();

    @Test
    void a_read_only_address_refuses_writes_and_keeps_its_value() throws Exception {
        assertThatThrownBy(() -> port.write("ct:readonly", Json.num(1), true, PATIENCE))
                .isInstanceOf(readOnlyRefusal())
                .hasFieldOrPropertyWithValue("address", "ct:readonly");

        assertThat(port.read("ct:readonly").value()).isEqualTo(Json.num(200));
    }

    @Test
    void a_write_outside_the_soft_limits_is_rejected_and_changes_nothing() throws Exception {
        assertThatThrownBy(() -> port.write("ct:number", Json.num(1000), true, PATIENCE))
                .isInstanceOf(ControlWriteRejectedError.class)
                .hasFieldOrPropertyWithValue("address", "ct:number");

        assertThat(port.read("ct:number").value()).isEqualTo(Json.num(new BigDecimal("1.5")));
    }

    @Test
    void an_enum_takes_a_label_or_an_index() throws Exception {
        port.write("ct:enum", Json.str("Open"), true, PATIENCE);
        assertThat(port.read("ct:enum").value()).isEqualTo(Json.str("Open"));

        port.write("ct:enum", Json.num(2), true, PATIENCE);
        assertThat(port.read("ct:enum").value()).isEqualTo(Json.str("Fault"));
    }

    @Test
    void a_label_that_is_not_one_of_the_enum_is_refused() throws Exception {
        assertThatThrownBy(() -> port.write("ct:enum", Json.str("Ajar"), true, PATIENCE))
                .isInstanceOfAny(ControlWriteRejectedError.class, ControlValueCoercionError.class)
                .hasFieldOrPropertyWithValue("address", "ct:enum");

        assertThat(port.read("ct:enum").value()).isEqualTo(Json.str("Closed"));
    }

    @Test
    void text_that_is_not_a_number_cannot_be_written_to_a_number() throws Exception {
        assertThatThrownBy(() -> port.write("ct:number", Json.str("fast"), true, PATIENCE))
                .isInstanceOf(ControlValueCoercionError.class)
                .hasFieldOrPropertyWithValue("address", "ct:number");

        assertThat(port.read("ct:number").value()).isEqualTo(Json.num(new BigDecimal("1.5")));
    }

    @Test
    void a_minor_alarm_is_uncertain_with_the_raw_alarm_kept() throws Exception {
        Measurement reading = port.read("ct:minor");

        assertThat(reading.quality()).isEqualTo(Quality.Uncertain);
        assertThat(reading.qualityDetail()).isEqualTo("MINOR/HIGH");
    }

    @Test
    void a_major_alarm_is_uncertain_with_the_raw_alarm_kept() throws Exception {
        Measurement reading = port.read("ct:major");

        assertThat(reading.quality()).isEqualTo(Quality.Uncertain);
        assertThat(reading.qualityDetail()).isEqualTo("MAJOR/HIHI");
    }

    @Test
    void an_invalid_alarm_is_bad() throws Exception {
        Measurement reading = port.read("ct:invalid");

        assertThat(reading.quality()).isEqualTo(Quality.Bad);
        assertThat(reading.qualityDetail()).isEqualTo("INVALID/UDF");
    }

    @Test
    void a_waited_write_that_outlasts_its_timeout_is_a_timeout() {
        Duration timeout = Duration.ofMillis(300);

        assertThatThrownBy(() -> port.write("ct:slow", Json.num(1), true, timeout))
                .isInstanceOf(ControlTimeoutError.class)
                .hasFieldOrPropertyWithValue("address", "ct:slow");
    }

    @Test
    void an_unwaited_write_returns_before_it_lands_and_lands_later() throws Exception {
        long started = System.nanoTime();
        port.write("ct:slow", Json.num(5), false, PATIENCE);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));

        try (ControlSubscription subscription = port.subscribe("ct:slow")) {
            Measurement reading = next(subscription);
            while (!reading.value().equals(Json.num(5))) {
                reading = next(subscription);
            }
        }
    }

    @Test
    void a_readback_follows_its_setpoint() throws Exception {
        port.write("ct:number", Json.num(-12), true, PATIENCE);

        assertThat(port.read("ct:number.RBV").value()).isEqualTo(Json.num(-12));
    }

    @Test
    void a_readback_refuses_writes() {
        assertThatThrownBy(() -> port.write("ct:number.RBV", Json.num(1), true, PATIENCE))
                .isInstanceOf(readOnlyRefusal());
    }
}
