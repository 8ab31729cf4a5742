package org.cora.adapters.hardware.epics.pva;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.cora.domain.json.Json;
import org.epics.pva.data.PVABool;
import org.epics.pva.data.PVABoolArray;
import org.epics.pva.data.PVAByte;
import org.epics.pva.data.PVAByteArray;
import org.epics.pva.data.PVAData;
import org.epics.pva.data.PVADouble;
import org.epics.pva.data.PVADoubleArray;
import org.epics.pva.data.PVAFloat;
import org.epics.pva.data.PVAFloatArray;
import org.epics.pva.data.PVAInt;
import org.epics.pva.data.PVAIntArray;
import org.epics.pva.data.PVALong;
import org.epics.pva.data.PVALongArray;
import org.epics.pva.data.PVAShort;
import org.epics.pva.data.PVAShortArray;
import org.epics.pva.data.PVAString;
import org.epics.pva.data.PVAStringArray;

/**
 * pvData scalars and scalar arrays as JSON. A floating-point number becomes the shortest decimal
 * that reads back as the same value (1.5, not 1.5000000000000000); an integer stays an integer,
 * unsigned ones read as unsigned. JSON has no NaN or infinity: those read as null.
 */
final class PvaJson {

    private PvaJson() {
    }

    /** The JSON of a scalar field; empty for anything else. */
    static Optional<Json> scalar(PVAData field) {
        Json json = switch (field) {
            case PVADouble d -> real(d.get());
            case PVAFloat f -> real(f.get());
            case PVAByte b -> Json.num(b.isUnsigned() ? Byte.toUnsignedLong(b.get()) : b.get());
            case PVAShort s -> Json.num(s.isUnsigned() ? Short.toUnsignedLong(s.get()) : s.get());
            case PVAInt i -> Json.num(i.isUnsigned() ? Integer.toUnsignedLong(i.get()) : i.get());
            case PVALong l -> l.isUnsigned() ? unsigned(l.get()) : Json.num(l.get());
            case PVABool b -> Json.bool(b.get());
            case PVAString s -> Json.str(s.get() == null ? "" : s.get());
            default -> null;
        };
        return Optional.ofNullable(json);
    }

    /** The JSON array of a scalar-array field, in its current length; empty for anything else. */
    static Optional<Json> array(PVAData field) {
        Json json = switch (field) {
            case PVADoubleArray a -> doubles(a.get());
            case PVAFloatArray a -> floats(a.get());
            case PVAByteArray a -> bytes(a.get(), a.isUnsigned());
            case PVAShortArray a -> shorts(a.get(), a.isUnsigned());
            case PVAIntArray a -> ints(a.get(), a.isUnsigned());
            case PVALongArray a -> longs(a.get(), a.isUnsigned());
            case PVABoolArray a -> booleans(a.get());
            case PVAStringArray a -> strings(a.get());
            default -> null;
        };
        return Optional.ofNullable(json);
    }

    private static Json doubles(double[] values) {
        return items(values.length, i -> real(values[i]));
    }

    private static Json floats(float[] values) {
        return items(values.length, i -> real(values[i]));
    }

    private static Json bytes(byte[] values, boolean unsigned) {
        return items(values.length, i -> Json.num(unsigned ? Byte.toUnsignedLong(values[i]) : values[i]));
    }

    private static Json shorts(short[] values, boolean unsigned) {
        return items(values.length, i -> Json.num(unsigned ? Short.toUnsignedLong(values[i]) : values[i]));
    }

    private static Json ints(int[] values, boolean unsigned) {
        return items(values.length, i -> Json.num(unsigned ? Integer.toUnsignedLong(values[i]) : values[i]));
    }

    private static Json longs(long[] values, boolean unsigned) {
        return items(values.length, i -> unsigned ? unsigned(values[i]) : Json.num(values[i]));
    }

    private static Json booleans(boolean[] values) {
        return items(values.length, i -> Json.bool(values[i]));
    }

    private static Json strings(String[] values) {
        return items(values.length, i -> Json.str(values[i] == null ? "" : values[i]));
    }

    private static Json real(double value) {
        return Double.isFinite(value) ? Json.num(BigDecimal.valueOf(value)) : Json.NULL;
    }

    private static Json real(float value) {
        return Float.isFinite(value) ? Json.num(new BigDecimal(Float.toString(value))) : Json.NULL;
    }

    private static Json unsigned(long value) {
        return Json.num(new BigDecimal(Long.toUnsignedString(value)));
    }

    private static Json items(int length, IntFunction<Json> item) {
        List<Json> items = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            items.add(item.apply(i));
        }
        return new Json.Arr(items);
    }
}
