package org.cora.adapters.hardware.epics.ca;

import static org.assertj.core.api.Assertions.assertThat;

import gov.aps.jca.dbr.Severity;
import gov.aps.jca.dbr.Status;
import org.cora.domain.control.Quality;
import org.junit.jupiter.api.Test;

class EpicsAlarmTest {

    @Test
    void severity_is_quality_and_the_raw_alarm_is_the_detail() {
        assertThat(EpicsAlarm.of(Severity.NO_ALARM, Status.NO_ALARM)).satisfies(alarm -> {
            assertThat(alarm.quality()).isEqualTo(Quality.Good);
            assertThat(alarm.detail()).isEmpty();
        });
        assertThat(EpicsAlarm.of(Severity.MINOR_ALARM, Status.HIGH_ALARM).detail()).isEqualTo("MINOR/HIGH");
        assertThat(EpicsAlarm.of(Severity.MINOR_ALARM, Status.HIGH_ALARM).quality()).isEqualTo(Quality.Uncertain);
        assertThat(EpicsAlarm.of(Severity.MAJOR_ALARM, Status.HIHI_ALARM).detail()).isEqualTo("MAJOR/HIHI");
        assertThat(EpicsAlarm.of(Severity.MAJOR_ALARM, Status.HIHI_ALARM).quality()).isEqualTo(Quality.Uncertain);
        assertThat(EpicsAlarm.of(Severity.INVALID_ALARM, Status.UDF_ALARM).detail()).isEqualTo("INVALID/UDF");
        assertThat(EpicsAlarm.of(Severity.INVALID_ALARM, Status.UDF_ALARM).quality()).isEqualTo(Quality.Bad);
    }

    @Test
    void a_reading_publishes_the_alarm_its_quality_and_detail_name() {
        assertThat(EpicsAlarm.of(Quality.Good, "MAJOR/HIHI")).isEqualTo(EpicsAlarm.NONE);
        assertThat(EpicsAlarm.of(Quality.Uncertain, "MINOR/HIGH").detail()).isEqualTo("MINOR/HIGH");
        assertThat(EpicsAlarm.of(Quality.Uncertain, "MAJOR/HIHI").detail()).isEqualTo("MAJOR/HIHI");
        assertThat(EpicsAlarm.of(Quality.Bad, "INVALID/UDF").detail()).isEqualTo("INVALID/UDF");
    }

    @Test
    void a_reading_without_a_usable_detail_gets_minor_or_invalid_with_a_soft_status() {
        assertThat(EpicsAlarm.of(Quality.Uncertain, "").detail()).isEqualTo("MINOR/SOFT");
        assertThat(EpicsAlarm.of(Quality.Uncertain, "drifting").detail()).isEqualTo("MINOR/SOFT");
        assertThat(EpicsAlarm.of(Quality.Bad, null).detail()).isEqualTo("INVALID/SOFT");
        assertThat(EpicsAlarm.of(Quality.Bad, "MINOR/LOLO").detail()).isEqualTo("INVALID/LOLO");
    }

    @Test
    void the_jca_alarm_is_the_same_numbers() {
        EpicsAlarm alarm = EpicsAlarm.of(Quality.Uncertain, "MAJOR/LOW");

        assertThat(alarm.jcaSeverity()).isEqualTo(Severity.MAJOR_ALARM);
        assertThat(alarm.jcaStatus()).isEqualTo(Status.LOW_ALARM);
    }
}
