package org.cora.adapters.hardware.epics.ca;

import static org.assertj.core.api.Assertions.assertThat;

import gov.aps.jca.dbr.TimeStamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EpicsTimeTest {

    @Test
    void the_unset_stamp_is_no_time() {
        assertThat(EpicsTime.instantOf(new TimeStamp(0, 0))).isNull();
        assertThat(EpicsTime.instantOf(null)).isNull();
    }

    @Test
    void a_stamp_after_the_epoch_counts_from_1990() {
        assertThat(EpicsTime.instantOf(new TimeStamp(0, 1))).isEqualTo(Instant.parse("1990-01-01T00:00:00.000000001Z"));
        assertThat(EpicsTime.instantOf(new TimeStamp(1, 0))).isEqualTo(Instant.parse("1990-01-01T00:00:01Z"));
    }

    @Test
    void an_instant_round_trips_to_the_nanosecond() {
        Instant at = Instant.parse("2026-11-25T12:34:56.987654321Z");

        assertThat(EpicsTime.instantOf(EpicsTime.stampOf(at))).isEqualTo(at);
    }

    @Test
    void no_instant_and_instants_up_to_the_epoch_publish_the_unset_stamp() {
        for (Instant at : new Instant[] {null, Instant.EPOCH, EpicsTime.EPICS_EPOCH}) {
            TimeStamp stamp = EpicsTime.stampOf(at);
            assertThat(stamp.secPastEpoch()).isZero();
            assertThat(stamp.nsec()).isZero();
        }
    }
}
