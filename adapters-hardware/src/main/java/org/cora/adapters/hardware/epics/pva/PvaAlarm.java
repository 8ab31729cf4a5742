package org.cora.adapters.hardware.epics.pva;

import java.util.List;
import org.cora.domain.control.Quality;
import org.epics.pva.data.PVAData;
import org.epics.pva.data.PVAInt;
import org.epics.pva.data.PVAString;
import org.epics.pva.data.PVAStructure;

/**
 * The {@code alarm_t} of a normative type: severity 0..3 (NO_ALARM, MINOR, MAJOR, INVALID), a
 * status category and the alarm message, which for an IOC record is the EPICS alarm status
 * ({@code HIGH}, {@code HIHI}, {@code UDF}, ...).
 */
record PvaAlarm(int severity, int status, String message) {

    static final List<String> SEVERITIES = List.of("NO_ALARM", "MINOR", "MAJOR", "INVALID");
    static final List<String> STATUSES = List.of("NO_STATUS", "DEVICE", "DRIVER", "RECORD", "DB", "CONF",
            "UNDEFINED", "CLIENT");

    static final PvaAlarm NONE = new PvaAlarm(0, 0, "");

    /** The alarm of {@code structure}; no alarm field reads as no alarm. */
    static PvaAlarm of(PVAStructure structure) {
        if (!(structure.get("alarm") instanceof PVAStructure alarm)) {
            return NONE;
        }
        return new PvaAlarm(integer(alarm.get("severity")), integer(alarm.get("status")), text(alarm.get("message")));
    }

    /** NO_ALARM is Good, MINOR and MAJOR Uncertain, INVALID (and any unknown severity) Bad. */
    Quality quality() {
        return switch (severity) {
            case 0 -> Quality.Good;
            case 1, 2 -> Quality.Uncertain;
            default -> Quality.Bad;
        };
    }

    /** {@code SEVERITY/MESSAGE} ("MINOR/HIGH"), the status name for an empty message; empty without an alarm. */
    String detail() {
        if (severity == 0) {
            return "";
        }
        String cause = message.isEmpty() && status != 0 ? name(STATUSES, status) : message;
        return cause.isEmpty() ? name(SEVERITIES, severity) : name(SEVERITIES, severity) + "/" + cause;
    }

    private static String name(List<String> names, int code) {
        return code >= 0 && code < names.size() ? names.get(code) : Integer.toString(code);
    }

    private static int integer(PVAData field) {
        return field instanceof PVAInt value ? value.get() : 0;
    }

    private static String text(PVAData field) {
        return field instanceof PVAString value && value.get() != null ? value.get() : "";
    }
}
