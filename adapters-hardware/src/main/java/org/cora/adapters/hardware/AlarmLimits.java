package org.cora.adapters.hardware;

import java.math.BigDecimal;

/**
 * The alarm limits of a numeric address (each null when absent), judged as an EPICS analog record
 * does: at or beyond HIHI or LOLO is a MAJOR alarm, else at or beyond HIGH or LOW a MINOR one,
 * checked in the order HIHI, LOLO, HIGH, LOW. No hysteresis.
 */
record AlarmLimits(BigDecimal lolo, BigDecimal low, BigDecimal high, BigDecimal hihi) {

    /** The alarm {@code value} raises as {@code SEVERITY/STATUS} ({@code MAJOR/HIHI}), or "" for none. */
    String alarmFor(BigDecimal value) {
        if (hihi != null && value.compareTo(hihi) >= 0) {
            return "MAJOR/HIHI";
        }
        if (lolo != null && value.compareTo(lolo) <= 0) {
            return "MAJOR/LOLO";
        }
        if (high != null && value.compareTo(high) >= 0) {
            return "MINOR/HIGH";
        }
        if (low != null && value.compareTo(low) <= 0) {
            return "MINOR/LOW";
        }
        return "";
    }
}
