package org.cora.adapters.hardware.epics.ca;

import gov.aps.jca.dbr.CTRL;
import gov.aps.jca.dbr.DBR;
import gov.aps.jca.dbr.DOUBLE;
import gov.aps.jca.dbr.ENUM;
import gov.aps.jca.dbr.GR;
import gov.aps.jca.dbr.LABELS;
import gov.aps.jca.dbr.PRECISION;
import gov.aps.jca.dbr.STRING;
import gov.aps.jca.dbr.STS;
import gov.aps.jca.dbr.TIME;
import gov.aps.jca.dbr.TimeStamp;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cora.adapters.hardware.ChannelDescription;
import org.cora.domain.control.Measurement;
import org.cora.domain.json.Json;

/**
 * One reading of a simulated address as Channel Access serves it: the elements in the PV's
 * native type, its alarm, and its stamp.
 *
 * @param values a {@code double[]} (NUMBER, NUMBER_ARRAY), {@code String[]} (TEXT) or
 *               {@code short[]} (ENUM; BOOLEAN as 0 false, 1 true)
 */
record ServedValue(Object values, EpicsAlarm alarm, TimeStamp stamp) {

    /** Digits after the point that display clients show; metadata only, values travel as doubles. */
    static final short DISPLAY_PRECISION = 6;

    private static final int MAX_STRING_BYTES = 39;

    static ServedValue of(ChannelDescription description, Measurement reading) {
        Json value = reading.value();
        Object values = switch (description.type()) {
            case NUMBER -> new double[] {real(value)};
            case NUMBER_ARRAY -> value instanceof Json.Arr array
                    ? array.items().stream().mapToDouble(ServedValue::real).toArray() : new double[] {real(value)};
            case TEXT -> new String[] {text(value)};
            case ENUM -> new short[] {(short) index(description.labels(), value)};
            case BOOLEAN -> new short[] {(short) (value instanceof Json.Bool flag && flag.value() ? 1 : 0)};
        };
        return new ServedValue(values, EpicsAlarm.of(reading.quality(), reading.qualityDetail()),
                EpicsTime.stampOf(reading.producedAt()));
    }

    int count() {
        return switch (values) {
            case double[] v -> v.length;
            case String[] v -> v.length;
            case short[] v -> v.length;
            default -> throw new IllegalStateException("unexpected values " + values.getClass());
        };
    }

    /**
     * Fills {@code dbr}, of any DBR class the server made for this PV: as many elements as both
     * hold (the rest stay zero), then whatever of alarm, stamp, display and control limits and
     * labels its class carries.
     */
    void fill(DBR dbr, ChannelDescription description, String[] labels) {
        switch (values) {
            case double[] v -> copy(v, ((DOUBLE) dbr).getDoubleValue());
            case String[] v -> copy(v, ((STRING) dbr).getStringValue());
            case short[] v -> copy(v, ((ENUM) dbr).getEnumValue());
            default -> throw new IllegalStateException("unexpected values " + values.getClass());
        }
        if (dbr instanceof STS sts) {
            sts.setSeverity(alarm.jcaSeverity());
            sts.setStatus(alarm.jcaStatus());
        }
        if (dbr instanceof TIME time) {
            time.setTimeStamp(stamp);
        }
        if (dbr instanceof GR graphic) {
            graphic.setUnits(description.units());
            if (description.low() != null && description.high() != null) {
                graphic.setLowerDispLimit(description.low().doubleValue());
                graphic.setUpperDispLimit(description.high().doubleValue());
            }
        }
        if (dbr instanceof CTRL control && description.low() != null && description.high() != null) {
            control.setLowerCtrlLimit(description.low().doubleValue());
            control.setUpperCtrlLimit(description.high().doubleValue());
        }
        if (dbr instanceof PRECISION precision) {
            precision.setPrecision(DISPLAY_PRECISION);
        }
        if (dbr instanceof LABELS labelled && labels != null) {
            labelled.setLabels(labels);
        }
    }

    private static void copy(Object from, Object to) {
        System.arraycopy(from, 0, to, 0, Math.min(java.lang.reflect.Array.getLength(from),
                java.lang.reflect.Array.getLength(to)));
    }

    private static double real(Json value) {
        return value instanceof Json.Num number ? number.value().doubleValue() : Double.NaN;
    }

    private static String text(Json value) {
        String text = value instanceof Json.Str s ? s.value() : value.toJsonText();
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        return utf8.length <= MAX_STRING_BYTES ? text
                : new String(utf8, 0, MAX_STRING_BYTES, StandardCharsets.UTF_8);
    }

    /** A label's position; one that is not a label is published one past the last, as an IOC shows a bad index. */
    private static int index(List<String> labels, Json value) {
        return switch (value) {
            case Json.Str label when labels.contains(label.value()) -> labels.indexOf(label.value());
            case Json.Num number -> number.value().intValue();
            default -> labels.size();
        };
    }
}
