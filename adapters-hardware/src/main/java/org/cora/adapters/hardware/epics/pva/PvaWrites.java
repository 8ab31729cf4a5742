package org.cora.adapters.hardware.epics.pva;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.cora.domain.control.ControlException;
import org.cora.domain.control.ControlValueCoercionError;
import org.cora.domain.control.ControlWriteRejectedError;
import org.cora.domain.json.Json;
import org.epics.pva.data.PVAArray;
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
import org.epics.pva.data.PVAStructure;

/**
 * A JSON value as what core-pva puts into a PV's {@code value} field, checked against the PV's
 * type before anything is sent: a number into a floating-point field (finite in its range), a
 * whole number into an integer field (in its range, unsigned ones too), a string into a string, a
 * boolean into a boolean, an array of those into an array of them, and into an enum a label of its
 * choices or a whole index. Any other pairing is a {@link ControlValueCoercionError}; a label that
 * is not a choice, or an index outside them, a {@link ControlWriteRejectedError}.
 */
final class PvaWrites {

    /** The current choices of an enum PV, fetched only when an enum is written. */
    @FunctionalInterface
    interface Choices {
        List<String> current() throws ControlException;
    }

    /** More digits than any 64-bit integer has; checked before a (possibly huge) exact conversion. */
    private static final int MOST_INTEGER_DIGITS = 20;

    private PvaWrites() {
    }

    /** The object to hand to {@code PVAChannel.write} for {@code value}, given the PV's {@code type}. */
    static Object putValue(String address, PVAStructure type, Json value, Choices choices) throws ControlException {
        PVAData field = type.get("value");
        if (field instanceof PVAStructure enumerated && "enum_t".equals(enumerated.getStructureName())) {
            return enumIndex(address, value, choices);
        }
        if (field instanceof PVAArray) {
            return elements(address, field, value);
        }
        if (field == null) {
            throw new ControlValueCoercionError(address, value.typeName(), "a structure without a value field");
        }
        return scalar(address, field, value);
    }

    private static Object scalar(String address, PVAData field, Json value) throws ControlValueCoercionError {
        return switch (field) {
            case PVADouble d -> real(address, value, d.getType());
            case PVAFloat f -> single(address, value, f.getType());
            case PVAByte b -> whole(address, value, 8, b.isUnsigned(), b.getType());
            case PVAShort s -> whole(address, value, 16, s.isUnsigned(), s.getType());
            case PVAInt i -> whole(address, value, 32, i.isUnsigned(), i.getType());
            case PVALong l -> whole(address, value, 64, l.isUnsigned(), l.getType());
            case PVABool b -> bool(address, value);
            case PVAString s -> text(address, value);
            default -> throw new ControlValueCoercionError(address, value.typeName(), field.getType());
        };
    }

    private static List<Object> elements(String address, PVAData field, Json value) throws ControlValueCoercionError {
        if (!(value instanceof Json.Arr array)) {
            throw new ControlValueCoercionError(address, value.typeName(), field.getType());
        }
        List<Object> items = new ArrayList<>(array.items().size());
        for (Json item : array.items()) {
            items.add(element(address, field, item));
        }
        return items;
    }

    private static Object element(String address, PVAData field, Json item) throws ControlValueCoercionError {
        return switch (field) {
            case PVADoubleArray a -> real(address, item, a.getType());
            case PVAFloatArray a -> single(address, item, a.getType());
            case PVAByteArray a -> whole(address, item, 8, a.isUnsigned(), a.getType());
            case PVAShortArray a -> whole(address, item, 16, a.isUnsigned(), a.getType());
            case PVAIntArray a -> whole(address, item, 32, a.isUnsigned(), a.getType());
            case PVALongArray a -> whole(address, item, 64, a.isUnsigned(), a.getType());
            case PVABoolArray a -> bool(address, item);
            case PVAStringArray a -> text(address, item);
            default -> throw new ControlValueCoercionError(address, item.typeName(), field.getType());
        };
    }

    private static double real(String address, Json value, String target) throws ControlValueCoercionError {
        double real = number(address, value, target).doubleValue();
        if (Double.isInfinite(real)) {
            throw new ControlValueCoercionError(address, "number beyond the range", target);
        }
        return real;
    }

    /** Rounded once, from the decimal: through a double first, a float could round twice. */
    private static float single(String address, Json value, String target) throws ControlValueCoercionError {
        float single = number(address, value, target).floatValue();
        if (Float.isInfinite(single)) {
            throw new ControlValueCoercionError(address, "number beyond the range", target);
        }
        return single;
    }

    private static BigDecimal number(String address, Json value, String target) throws ControlValueCoercionError {
        if (!(value instanceof Json.Num number)) {
            throw new ControlValueCoercionError(address, value.typeName(), target);
        }
        return number.value();
    }

    private static Number whole(String address, Json value, int bits, boolean unsigned, String target)
            throws ControlValueCoercionError {
        BigDecimal decimal = number(address, value, target);
        if (decimal.signum() != 0 && decimal.stripTrailingZeros().scale() > 0) {
            throw new ControlValueCoercionError(address, "fractional number", target);
        }
        if (decimal.precision() - decimal.scale() > MOST_INTEGER_DIGITS) {
            throw new ControlValueCoercionError(address, "number beyond the range", target);
        }
        BigInteger integer = decimal.toBigIntegerExact();
        BigInteger low = unsigned ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(bits - 1).negate();
        BigInteger high = unsigned ? BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                : BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
        if (integer.compareTo(low) < 0 || integer.compareTo(high) > 0) {
            throw new ControlValueCoercionError(address, "number " + integer + " beyond the range", target);
        }
        // core-pva keeps the low bits (intValue, longValue), which is the unsigned value's encoding.
        return integer.longValue();
    }

    private static Boolean bool(String address, Json value) throws ControlValueCoercionError {
        if (!(value instanceof Json.Bool bool)) {
            throw new ControlValueCoercionError(address, value.typeName(), "boolean");
        }
        return bool.value();
    }

    private static String text(String address, Json value) throws ControlValueCoercionError {
        if (!(value instanceof Json.Str text)) {
            throw new ControlValueCoercionError(address, value.typeName(), "string");
        }
        return text.value();
    }

    private static Integer enumIndex(String address, Json value, Choices choices) throws ControlException {
        return switch (value) {
            case Json.Str label -> indexOf(address, label.value(), choices.current());
            case Json.Num index when index.isWhole() -> checked(address, index.value(), choices.current());
            default -> throw new ControlValueCoercionError(address,
                    value instanceof Json.Num ? "fractional number" : value.typeName(), "enum label or index");
        };
    }

    private static Integer indexOf(String address, String label, List<String> choices)
            throws ControlWriteRejectedError {
        int index = choices.indexOf(label);
        if (index < 0) {
            throw new ControlWriteRejectedError(address, "'" + label + "' is not one of the choices " + choices);
        }
        return index;
    }

    private static Integer checked(String address, BigDecimal index, List<String> choices)
            throws ControlWriteRejectedError {
        if (index.signum() < 0 || index.compareTo(BigDecimal.valueOf(choices.size())) >= 0) {
            throw new ControlWriteRejectedError(address, "index " + index.toBigInteger() + " is outside the "
                    + choices.size() + " choices " + choices);
        }
        return index.intValueExact();
    }

    /** The JSON type name that coercion errors report. */}
