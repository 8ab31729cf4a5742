package org.cora.adapters.hardware.epics.ca;

import gov.aps.jca.dbr.BYTE;
import gov.aps.jca.dbr.DBR;
import gov.aps.jca.dbr.DOUBLE;
import gov.aps.jca.dbr.ENUM;
import gov.aps.jca.dbr.FLOAT;
import gov.aps.jca.dbr.INT;
import gov.aps.jca.dbr.SHORT;
import gov.aps.jca.dbr.STRING;
import gov.aps.jca.dbr.STS;
import gov.aps.jca.dbr.TIME;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.cora.domain.control.Measurement;
import org.cora.domain.control.MeasurementKind;
import org.cora.domain.control.Quality;
import org.cora.domain.json.Json;

/**
 * How a Channel Access value reads as a {@link Measurement}.
 * <ul>
 *   <li>An array channel (more than one element) is an Array of its current elements; any other is
 *       a Scalar, or Categorical for DBR_ENUM.</li>
 *   <li>A floating-point number is the shortest decimal that reads back as the same double (or
 *       float): 1.5, never 1.5000000001. Integer types are whole numbers. DBR_STRING is text.</li>
 *   <li>An enum is its label; an index beyond the labels stays a number.</li>
 *   <li>The alarm is the quality (see {@link EpicsAlarm}); the time is the server's stamp, none at or
 *       before the EPICS epoch.</li>
 *   <li>JSON has no NaN or infinity: such an element reads as null and the reading as Bad.</li>
 * </ul>
 */
final class CaReadings {

    private CaReadings() {
    }

    static Measurement measurement(DBR dbr, boolean array, List<String> labels) {
        List<Json> items = items(dbr, labels);
        boolean nonFinite = items.contains(Json.NULL);
        Json value = array ? new Json.Arr(items) : items.isEmpty() ? Json.NULL : items.get(0);
        MeasurementKind kind = array ? MeasurementKind.Array
                : dbr.isENUM() ? MeasurementKind.Categorical : MeasurementKind.Scalar;
        EpicsAlarm alarm = dbr instanceof STS sts ? EpicsAlarm.of(sts.getSeverity(), sts.getStatus()) : EpicsAlarm.NONE;
        Quality quality = nonFinite ? Quality.Bad : alarm.quality();
        String detail = nonFinite ? join(alarm.detail(), "non-finite value") : alarm.detail();
        return new Measurement(value, kind, quality, dbr instanceof TIME t ? EpicsTime.instantOf(t.getTimeStamp()) : null,
                detail);
    }

    private static List<Json> items(DBR dbr, List<String> labels) {
        List<Json> items = new ArrayList<>(dbr.getCount());
        switch (dbr) {
            case DOUBLE d -> { for (double v : d.getDoubleValue()) items.add(number(v)); }
            case FLOAT f -> { for (float v : f.getFloatValue()) items.add(number(v)); }
            case INT i -> { for (int v : i.getIntValue()) items.add(Json.num(v)); }
            case SHORT s -> { for (short v : s.getShortValue()) items.add(Json.num(v)); }
            case BYTE b -> { for (byte v : b.getByteValue()) items.add(Json.num(v)); }
            case ENUM e -> { for (short v : e.getEnumValue()) items.add(label(Short.toUnsignedInt(v), labels)); }
            case STRING s -> { for (String v : s.getStringValue()) items.add(Json.str(v == null ? "" : v)); }
            default -> throw new IllegalArgumentException("unexpected DBR " + dbr.getType());
        }
        return items;
    }

    private static Json number(double value) {
        return Double.isFinite(value) ? Json.num(BigDecimal.valueOf(value)) : Json.NULL;
    }

    private static Json number(float value) {
        return Float.isFinite(value) ? Json.num(new BigDecimal(Float.toString(value))) : Json.NULL;
    }

    private static Json label(int index, List<String> labels) {
        return index < labels.size() ? Json.str(labels.get(index)) : Json.num(index);
    }

    private static String join(String first, String second) {
        return first.isEmpty() ? second : first + "; " + second;
    }
}
