package org.cora.adapters.hardware.epics.ca;

import gov.aps.jca.dbr.TimeStamp;
import java.time.Instant;

/**
 * EPICS time stamps count from 1990-01-01T00:00:00Z. A stamp at or before that epoch is how an IOC
 * says it has no time (a record never processed): it reads as no time at all, never as 1990.
 */
final class EpicsTime {

    static final Instant EPICS_EPOCH = Instant.parse("1990-01-01T00:00:00Z");

    private EpicsTime() {
    }

    /** The instant of {@code stamp}, or null when there is none or it is at or before the EPICS epoch. */
    static Instant instantOf(TimeStamp stamp) {
        if (stamp == null) {
            return null;
        }
        Instant at = EPICS_EPOCH.plusSeconds(stamp.secPastEpoch()).plusNanos(stamp.nsec());
        return at.isAfter(EPICS_EPOCH) ? at : null;
    }

    /** The stamp of {@code at}; no instant, or one not after the EPICS epoch, is the unset stamp. */
    static TimeStamp stampOf(Instant at) {
        if (at == null || !at.isAfter(EPICS_EPOCH)) {
            return new TimeStamp(0, 0);
        }
        return new TimeStamp(at.getEpochSecond() - EPICS_EPOCH.getEpochSecond(), at.getNano());
    }
}
