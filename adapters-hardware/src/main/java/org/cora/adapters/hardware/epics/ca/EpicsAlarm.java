package org.cora.adapters.hardware.epics.ca;

import gov.aps.jca.dbr.Severity;
import gov.aps.jca.dbr.Status;
import java.util.List;
import org.cora.domain.control.Quality;

/**
 * An EPICS alarm: a severity and a status, by their EPICS numbers. It reads as a {@link Quality}
 * (NO_ALARM Good, MINOR and MAJOR Uncertain, INVALID Bad) and as the forensic detail
 * {@code "SEVERITY/STATUS"} in EPICS's own spelling, e.g. {@code "MINOR/HIGH"}; no alarm has no
 * detail.
 */
record EpicsAlarm(int severity, int status) {

    static final EpicsAlarm NONE = new EpicsAlarm(0, 0);

    private static final List<String> SEVERITIES = List.of("NO_ALARM", "MINOR", "MAJOR", "INVALID");
    private static final List<String> STATUSES = List.of("NO_ALARM", "READ", "WRITE", "HIHI", "HIGH", "LOLO",
            "LOW", "STATE", "COS", "COMM", "TIMEOUT", "HWLIMIT", "CALC", "SCAN", "LINK", "SOFT", "BAD_SUB", "UDF",
            "DISABLE", "SIMM", "READ_ACCESS", "WRITE_ACCESS");
    private static final int MINOR = 1;
    private static final int MAJOR = 2;
    private static final int INVALID = 3;
    private static final int SOFT = STATUSES.indexOf("SOFT");

    static EpicsAlarm of(Severity severity, Status status) {
        return new EpicsAlarm(severity == null ? 0 : severity.getValue(), status == null ? 0 : status.getValue());
    }

    /**
     * The alarm that publishes a reading of {@code quality}: Good is no alarm; Uncertain is the
     * detail's MINOR or MAJOR (MINOR when it names neither); Bad is INVALID. The status is the one
     * the detail names after its slash, SOFT when it names none.
     */
    static EpicsAlarm of(Quality quality, String detail) {
        if (quality == Quality.Good) {
            return NONE;
        }
        String[] parts = detail == null ? new String[0] : detail.split("/", 2);
        int named = parts.length > 0 ? SEVERITIES.indexOf(parts[0].trim()) : -1;
        int severity = quality == Quality.Bad ? INVALID : (named == MAJOR ? MAJOR : MINOR);
        int status = parts.length > 1 ? STATUSES.indexOf(parts[1].trim()) : -1;
        return new EpicsAlarm(severity, status < 0 ? SOFT : status);
    }

    Quality quality() {
        return switch (severity) {
            case 0 -> Quality.Good;
            case MINOR, MAJOR -> Quality.Uncertain;
            default -> Quality.Bad;
        };
    }

    String detail() {
        return severity == 0 ? "" : name(SEVERITIES, severity) + "/" + name(STATUSES, status);
    }

    Severity jcaSeverity() {
        return Severity.forValue(severity);
    }

    Status jcaStatus() {
        return Status.forValue(status);
    }

    private static String name(List<String> names, int value) {
        return value >= 0 && value < names.size() ? names.get(value) : Integer.toString(value);
    }
}
