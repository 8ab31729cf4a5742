package org.cora.adapters.hardware.epics.pva;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cora.adapters.hardware.ChannelDescription;
import org.cora.domain.control.Measurement;
import org.cora.domain.control.Quality;
import org.cora.domain.json.Json;
import org.epics.pva.data.PVABool;
import org.epics.pva.data.PVAData;
import org.epics.pva.data.PVADouble;
import org.epics.pva.data.PVADoubleArray;
import org.epics.pva.data.PVAInt;
import org.epics.pva.data.PVAString;
import org.epics.pva.data.PVAStructure;
import org.epics.pva.data.nt.PVAAlarm;
import org.epics.pva.data.nt.PVAAlarm.AlarmSeverity;
import org.epics.pva.data.nt.PVAAlarm.AlarmStatus;
import org.epics.pva.data.nt.PVAEnum;
import org.epics.pva.data.nt.PVATimeStamp;

/**
 * How the simulated IOC publishes a simulated address, and reads back what a client wrote.
 *
 * <ul>
 *   <li>NUMBER: NTScalar {@code double}; BOOLEAN: NTScalar {@code boolean}; TEXT: NTScalar
 *       {@code string}; ENUM: NTEnum (index and the labels as choices); NUMBER_ARRAY:
 *       NTScalarArray {@code double[]} in its current length.</li>
 *   <li>{@code alarm} from the reading's quality and quality detail: Good is NO_ALARM; Uncertain is
 *       MAJOR when the detail says so ("MAJOR/HIHI"), else MINOR; Bad is INVALID. The message is
 *       what follows the severity in the detail ("HIGH" of "MINOR/HIGH"), the whole detail when it
 *       names no severity; the status is UNDEFINED for UDF, RECORD for any other message.</li>
 *   <li>{@code timeStamp} from the reading's source time; none is zero.</li>
 * </ul>
 */
final class SimulatedPvData {

    private SimulatedPvData() {
    }

    static PVAStructure structure(ChannelDescription description, Measurement reading) {
        return new PVAStructure("", typeName(description.type()), value(description, reading.value()),
                alarm(reading.quality(), reading.qualityDetail()), timeStamp(reading.producedAt()));
    }

    /** The value a client's put carries, as the simulator takes it; an unusable one is refused with a reason. */
    static Json written(ChannelDescription description, PVAStructure data) throws Exception {
        PVAData value = data.get("value");
        return switch (value) {
            case PVADouble d when Double.isFinite(d.get()) -> Json.num(BigDecimal.valueOf(d.get()));
            case PVABool b -> Json.bool(b.get());
            case PVAString s -> Json.str(s.get() == null ? "" : s.get());
            case PVAStructure e when e.get("index") instanceof PVAInt index -> Json.num(index.get());
            case PVADoubleArray a -> PvaJson.array(a).orElseThrow();
            case null, default -> throw new Exception(description.address() + " takes no " + value);
        };
    }

    private static String typeName(ChannelDescription.ValueType type) {
        return switch (type) {
            case NUMBER, BOOLEAN, TEXT -> "epics:nt/NTScalar:1.0";
            case ENUM -> "epics:nt/NTEnum:1.0";
            case NUMBER_ARRAY -> "epics:nt/NTScalarArray:1.0";
        };
    }

    private static PVAData value(ChannelDescription description, Json value) {
        return switch (description.type()) {
            case NUMBER -> new PVADouble("value", real(value));
            case BOOLEAN -> new PVABool("value", value instanceof Json.Bool b && b.value());
            case TEXT -> new PVAString("value", value instanceof Json.Str s ? s.value() : value.toJsonText());
            case ENUM -> new PVAEnum("value", description.labels().indexOf(label(value)),
                    description.labels().toArray(String[]::new));
            case NUMBER_ARRAY -> new PVADoubleArray("value", reals(value));
        };
    }

    private static double real(Json value) {
        return value instanceof Json.Num n ? n.value().doubleValue() : Double.NaN;
    }

    private static String label(Json value) {
        return value instanceof Json.Str s ? s.value() : value.toJsonText();
    }

    private static double[] reals(Json value) {
        List<Json> items = value instanceof Json.Arr array ? array.items() : new ArrayList<>();
        double[] reals = new double[items.size()];
        for (int i = 0; i < reals.length; i++) {
            reals[i] = real(items.get(i));
        }
        return reals;
    }

    static PVAAlarm alarm(Quality quality, String detail) {
        String[] parts = detail.split("/", 2);
        boolean namesSeverity = PvaAlarm.SEVERITIES.contains(parts[0]);
        String message = quality == Quality.Good ? "" : namesSeverity ? (parts.length > 1 ? parts[1] : "") : detail;
        AlarmSeverity severity = switch (quality) {
            case Good -> AlarmSeverity.NO_ALARM;
            case Uncertain -> "MAJOR".equals(parts[0]) ? AlarmSeverity.MAJOR : AlarmSeverity.MINOR;
            case Bad -> AlarmSeverity.INVALID;
        };
        AlarmStatus status = message.isEmpty() ? AlarmStatus.NO_STATUS
                : "UDF".equals(message) ? AlarmStatus.UNDEFINED : AlarmStatus.RECORD;
        return new PVAAlarm(severity, status, message);
    }

    private static PVATimeStamp timeStamp(Instant producedAt) {
        return new PVATimeStamp(producedAt == null ? Instant.EPOCH : producedAt);
    }
}
