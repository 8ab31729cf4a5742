package org.cora.adapters.hardware.epics.ca;

import static org.assertj.core.api.Assertions.assertThat;

import gov.aps.jca.dbr.DBR_TIME_Double;
import gov.aps.jca.dbr.DBR_TIME_Enum;
import gov.aps.jca.dbr.DBR_TIME_Float;
import gov.aps.jca.dbr.DBR_TIME_Int;
import gov.aps.jca.dbr.DBR_TIME_String;
import gov.aps.jca.dbr.STS;
import gov.aps.jca.dbr.Severity;
import gov.aps.jca.dbr.Status;
import gov.aps.jca.dbr.TIME;
import gov.aps.jca.dbr.TimeStamp;
import java.math.BigDecimal;
import java.util.List;
import org.cora.domain.control.Measurement;
import org.cora.domain.control.MeasurementKind;
import org.cora.domain.control.Quality;
import org.cora.domain.json.Json;
import org.junit.jupiter.api.Test;

class CaReadingsTest {

    private static final TimeStamp STAMP = new TimeStamp(1_000_000_000L, 500);

    @Test
    void a_double_reads_as_its_shortest_decimal() {
        Measurement reading = CaReadings.measurement(stamped(new DBR_TIME_Double(new double[] {0.1 + 0.2})), false,
                List.of());

        assertThat(((Json.Num) reading.value()).value()).isEqualTo(new BigDecimal("0.30000000000000004"));
        assertThat(((Json.Num) read(new DBR_TIME_Double(new double[] {1.5})).value()).value())
                .isEqualTo(new BigDecimal("1.5"));
        assertThat(reading.kind()).isEqualTo(MeasurementKind.Scalar);
    }

    @Test
    void a_float_reads_as_its_own_shortest_decimal_not_the_doubles() {
        assertThat(((Json.Num) read(new DBR_TIME_Float(new float[] {0.1f})).value()).value())
                .isEqualTo(new BigDecimal("0.1"));
    }

    @Test
    void an_integer_type_reads_as_a_whole_number() {
        assertThat(((Json.Num) read(new DBR_TIME_Int(new int[] {42})).value()).value().scale()).isZero();
    }

    @Test
    void an_array_channel_reads_every_element_it_was_sent() {
        Measurement reading = CaReadings.measurement(stamped(new DBR_TIME_Double(new double[] {1.0, 2.5})), true,
                List.of());

        assertThat(reading.value()).isEqualTo(Json.Arr.of(Json.num(1), Json.num(new BigDecimal("2.5"))));
        assertThat(reading.kind()).isEqualTo(MeasurementKind.Array);
    }

    @Test
    void an_enum_reads_as_its_label_and_an_index_beyond_the_labels_as_a_number() {
        List<String> labels = List.of("Closed", "Open");

        Measurement open = CaReadings.measurement(stamped(new DBR_TIME_Enum(new short[] {1})), false, labels);
        Measurement beyond = CaReadings.measurement(stamped(new DBR_TIME_Enum(new short[] {5})), false, labels);

        assertThat(open.value()).isEqualTo(Json.str("Open"));
        assertThat(open.kind()).isEqualTo(MeasurementKind.Categorical);
        assertThat(beyond.value()).isEqualTo(Json.num(5));
    }

    @Test
    void text_reads_as_text() {
        assertThat(read(new DBR_TIME_String(new String[] {"hello"})).value()).isEqualTo(Json.str("hello"));
    }

    @Test
    void a_non_finite_number_reads_as_null_and_bad() {
        Measurement reading = read(new DBR_TIME_Double(new double[] {Double.NaN}));

        assertThat(reading.value()).isEqualTo(Json.NULL);
        assertThat(reading.quality()).isEqualTo(Quality.Bad);
        assertThat(reading.qualityDetail()).isEqualTo("non-finite value");
    }

    @Test
    void the_alarm_and_the_servers_stamp_are_kept() {
        DBR_TIME_Double value = stamped(new DBR_TIME_Double(new double[] {3}));
        value.setSeverity(Severity.MAJOR_ALARM);
        value.setStatus(Status.LOLO_ALARM);

        Measurement reading = CaReadings.measurement(value, false, List.of());

        assertThat(reading.quality()).isEqualTo(Quality.Uncertain);
        assertThat(reading.qualityDetail()).isEqualTo("MAJOR/LOLO");
        assertThat(reading.producedAt()).isEqualTo(EpicsTime.instantOf(STAMP));
    }

    @Test
    void an_unset_stamp_is_no_time() {
        DBR_TIME_Double value = stamped(new DBR_TIME_Double(new double[] {3}));
        value.setTimeStamp(new TimeStamp(0, 0));

        assertThat(CaReadings.measurement(value, false, List.of()).producedAt()).isNull();
    }

    private static Measurement read(gov.aps.jca.dbr.DBR value) {
        return CaReadings.measurement(stamped(value), false, List.of());
    }

    private static <T extends gov.aps.jca.dbr.DBR> T stamped(T value) {
        ((STS) value).setSeverity(Severity.NO_ALARM);
        ((STS) value).setStatus(Status.NO_ALARM);
        ((TIME) value).setTimeStamp(STAMP);
        return value;
    }
}
