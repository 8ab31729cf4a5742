package org.cora.adapters.hardware.epics.ca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.aps.jca.dbr.DBRType;
import java.math.BigDecimal;
import java.util.List;
import org.cora.domain.control.ControlValueCoercionError;
import org.cora.domain.control.ControlWriteRejectedError;
import org.cora.domain.json.Json;
import org.junit.jupiter.api.Test;

/** The native types the simulated IOC does not serve (integers, floats, binary enums), checked without a server. */
class CaPayloadTest {

    private static final List<String> NO_LABELS = List.of();

    @Test
    void integer_types_take_whole_numbers_within_their_range() throws Exception {
        assertThat(payload(DBRType.INT, 1, Json.num(-7)).values()).isEqualTo(new int[] {-7});
        assertThat(payload(DBRType.SHORT, 1, Json.num(new BigDecimal("300.0"))).values()).isEqualTo(new short[] {300});
        assertThat(payload(DBRType.BYTE, 1, Json.num(200)).values()).isEqualTo(new byte[] {(byte) 200});
        assertThat(payload(DBRType.INT, 3, Json.Arr.of(Json.num(1), Json.num(2))).values()).isEqualTo(new int[] {1, 2});
    }

    @Test
    void a_fraction_a_number_out_of_range_or_text_is_no_integer() {
        assertRefusedAsCoercion(DBRType.INT, Json.num(new BigDecimal("1.5")));
        assertRefusedAsCoercion(DBRType.INT, Json.num(1L << 31));
        assertRefusedAsCoercion(DBRType.SHORT, Json.num(40_000));
        assertRefusedAsCoercion(DBRType.BYTE, Json.num(256));
        assertRefusedAsCoercion(DBRType.INT, Json.str("7"));
    }

    @Test
    void a_float_channel_is_sent_a_double_for_the_server_to_round() throws Exception {
        assertThat(payload(DBRType.FLOAT, 1, Json.num(new BigDecimal("0.1"))).values()).isEqualTo(new double[] {0.1});
    }

    @Test
    void a_number_beyond_a_double_is_refused() {
        assertRefusedAsCoercion(DBRType.DOUBLE, Json.num(new BigDecimal("1e400")));
    }

    @Test
    void a_binary_enum_takes_a_boolean_and_a_longer_one_does_not() throws Exception {
        assertThat(CaPayload.of("b", DBRType.ENUM, 1, List.of("Off", "On"), Json.bool(true)).values())
                .isEqualTo(new short[] {1});
        assertThatThrownBy(() -> CaPayload.of("e", DBRType.ENUM, 1, List.of("A", "B", "C"), Json.bool(true)))
                .isInstanceOf(ControlValueCoercionError.class);
    }

    @Test
    void an_enum_refuses_an_unknown_label_and_an_index_beyond_its_labels() {
        List<String> labels = List.of("Closed", "Open");

        assertThatThrownBy(() -> CaPayload.of("e", DBRType.ENUM, 1, labels, Json.str("Ajar")))
                .isInstanceOf(ControlWriteRejectedError.class).hasMessageContaining("Ajar");
        assertThatThrownBy(() -> CaPayload.of("e", DBRType.ENUM, 1, labels, Json.num(-1)))
                .isInstanceOf(ControlWriteRejectedError.class);
        assertThatThrownBy(() -> CaPayload.of("e", DBRType.ENUM, 1, labels, Json.num(2)))
                .isInstanceOf(ControlWriteRejectedError.class);
    }

    @Test
    void every_element_of_an_array_is_checked() {
        assertThatThrownBy(() -> payload(DBRType.DOUBLE, 4, Json.Arr.of(Json.num(1), Json.str("2"))))
                .isInstanceOf(ControlValueCoercionError.class);
    }

    private static CaPayload payload(DBRType type, int elementCount, Json value) throws Exception {
        return CaPayload.of("pv", type, elementCount, NO_LABELS, value);
    }

    private static void assertRefusedAsCoercion(DBRType type, Json value) {
        assertThatThrownBy(() -> payload(type, 1, value))
                .as("%s to %s", value, type.getName())
                .isInstanceOf(ControlValueCoercionError.class)
                .hasFieldOrPropertyWithValue("address", "pv");
    }
}
