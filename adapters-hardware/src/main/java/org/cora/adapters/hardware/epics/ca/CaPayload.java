package org.cora.adapters.hardware.epics.ca;

import gov.aps.jca.CAException;
import gov.aps.jca.Channel;
import gov.aps.jca.dbr.DBRType;
import gov.aps.jca.event.PutListener;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.cora.domain.control.ControlValueCoercionError;
import org.cora.domain.control.ControlWriteRejectedError;
import org.cora.domain.json.Json;

/**
 * A JSON value turned into what a channel's native type takes, checked before anything is sent.
 *
 * <p>A value of the wrong JSON type for the channel is a {@link ControlValueCoercionError}: text or a
 * boolean for a number, a fraction for an integer type, a scalar for an array channel or an array
 * for a scalar one, an object or null for anything. A value of the right type that the channel
 * cannot hold is a {@link ControlWriteRejectedError}: an enum label that is not one of its labels
 * or an index beyond them, text longer than the 39 bytes of a DBR_STRING, more elements than the
 * channel has, or none. An enum takes a label, a whole index, or (with exactly two labels, as a
 * binary record has) a boolean for index 0 or 1.
 *
 * @param values a {@code double[]}, {@code int[]}, {@code short[]}, {@code byte[]} or {@code String[]}
 */
record CaPayload(Object values) {

    private static final int MAX_STRING_BYTES = 39;

    static CaPayload of(String address, DBRType type, int elementCount, List<String> labels, Json value)
            throws ControlValueCoercionError, ControlWriteRejectedError {
        String target = elementCount > 1 ? type.getName() + "[" + elementCount + "]" : type.getName();
        if (elementCount <= 1) {
            if (value instanceof Json.Arr) {
                throw new ControlValueCoercionError(address, value.typeName(), target);
            }
            return elements(address, type, labels, List.of(value), target);
        }
        if (!(value instanceof Json.Arr array)) {
            throw new ControlValueCoercionError(address, value.typeName(), target);
        }
        if (array.items().isEmpty()) {
            throw new ControlWriteRejectedError(address, "an empty array cannot be written over Channel Access");
        }
        if (array.items().size() > elementCount) {
            throw new ControlWriteRejectedError(address, array.items().size() + " elements exceed the channel's "
                    + elementCount);
        }
        return elements(address, type, labels, array.items(), target);
    }

    void put(Channel channel) throws CAException {
        switch (values) {
            case double[] v -> channel.put(v);
            case int[] v -> channel.put(v);
            case short[] v -> channel.put(v);
            case byte[] v -> channel.put(v);
            case String[] v -> channel.put(v);
            default -> throw new IllegalStateException("unexpected payload " + values.getClass());
        }
    }

    void put(Channel channel, PutListener completion) throws CAException {
        switch (values) {
            case double[] v -> channel.put(v, completion);
            case int[] v -> channel.put(v, completion);
            case short[] v -> channel.put(v, completion);
            case byte[] v -> channel.put(v, completion);
            case String[] v -> channel.put(v, completion);
            default -> throw new IllegalStateException("unexpected payload " + values.getClass());
        }
    }

    private static CaPayload elements(String address, DBRType type, List<String> labels, List<Json> items,
                                      String target) throws ControlValueCoercionError, ControlWriteRejectedError {
        if (type.isDOUBLE() || type.isFLOAT()) {
            double[] reals = new double[items.size()];
            for (int i = 0; i < reals.length; i++) {
                reals[i] = real(address, items.get(i), target);
            }
            return new CaPayload(reals);
        }
        if (type.isSTRING()) {
            String[] texts = new String[items.size()];
            for (int i = 0; i < texts.length; i++) {
                texts[i] = text(address, items.get(i), target);
            }
            return new CaPayload(texts);
        }
        long[] wholes = new long[items.size()];
        for (int i = 0; i < wholes.length; i++) {
            wholes[i] = type.isENUM() ? enumIndex(address, items.get(i), labels, target)
                    : whole(address, items.get(i), target, type);
        }
        return new CaPayload(packed(type, wholes));
    }

    /** Whole numbers already checked against {@code type}'s range, in its array type. */
    private static Object packed(DBRType type, long[] wholes) {
        if (type.isINT()) {
            return Arrays.stream(wholes).mapToInt(Math::toIntExact).toArray();
        }
        if (type.isBYTE()) {
            byte[] bytes = new byte[wholes.length];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) wholes[i];
            }
            return bytes;
        }
        short[] shorts = new short[wholes.length];
        for (int i = 0; i < shorts.length; i++) {
            shorts[i] = (short) wholes[i];
        }
        return shorts;
    }

    private static double real(String address, Json item, String target) throws ControlValueCoercionError {
        if (!(item instanceof Json.Num number)) {
            throw new ControlValueCoercionError(address, item.typeName(), target);
        }
        double value = number.value().doubleValue();
        if (Double.isInfinite(value)) {
            throw new ControlValueCoercionError(address, "number beyond the range of a double", target);
        }
        return value;
    }

    /** A whole number within the range of {@code type}: int32, int16, or a byte read as -128..255. */
    private static long whole(String address, Json item, String target, DBRType type)
            throws ControlValueCoercionError {
        long min = type.isINT() ? Integer.MIN_VALUE : type.isBYTE() ? Byte.MIN_VALUE : Short.MIN_VALUE;
        long max = type.isINT() ? Integer.MAX_VALUE : type.isBYTE() ? 255 : Short.MAX_VALUE;
        if (!(item instanceof Json.Num number)) {
            throw new ControlValueCoercionError(address, item.typeName(), target);
        }
        if (!number.isWhole()) {
            throw new ControlValueCoercionError(address, "fractional number", target);
        }
        BigDecimal value = number.value();
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new ControlValueCoercionError(address, "number outside " + min + ".." + max, target);
        }
        return value.longValueExact();
    }

    private static int enumIndex(String address, Json item, List<String> labels, String target)
            throws ControlValueCoercionError, ControlWriteRejectedError {
        int index = switch (item) {
            case Json.Str label when labels.contains(label.value()) -> labels.indexOf(label.value());
            case Json.Str label -> throw new ControlWriteRejectedError(address,
                    "'" + label.value() + "' is not one of the labels " + labels);
            case Json.Num number when number.isWhole() && number.value().abs().compareTo(BigDecimal.valueOf(65535)) <= 0 ->
                    number.value().intValueExact();
            case Json.Bool flag when labels.size() == 2 -> flag.value() ? 1 : 0;
            default -> throw new ControlValueCoercionError(address,
                    item instanceof Json.Num ? "fractional or huge number" : item.typeName(), target + " label or index");
        };
        if (index < 0 || index >= labels.size()) {
            throw new ControlWriteRejectedError(address, "index " + index + " is outside 0.." + (labels.size() - 1)
                    + " of the labels " + labels);
        }
        return index;
    }

    private static String text(String address, Json item, String target)
            throws ControlValueCoercionError, ControlWriteRejectedError {
        if (!(item instanceof Json.Str text)) {
            throw new ControlValueCoercionError(address, item.typeName(), target);
        }
        if (text.value().getBytes(StandardCharsets.UTF_8).length > MAX_STRING_BYTES) {
            throw new ControlWriteRejectedError(address, "'" + text.value() + "' is longer than the "
                    + MAX_STRING_BYTES + " bytes a DBR_STRING holds");
        }
        return text.value();
    }
}
