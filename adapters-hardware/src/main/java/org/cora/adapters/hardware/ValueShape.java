package org.cora.adapters.hardware;

import java.math.BigDecimal;
import java.util.List;
import org.cora.domain.control.ControlValueCoercionError;
import org.cora.domain.control.ControlWriteRejectedError;
import org.cora.domain.control.MeasurementKind;
import org.cora.domain.json.Json;

/**
 * What kind of value a simulated address holds: it decides the kind of a reading and which
 * written values the address accepts, and in what stored form.
 */
sealed interface ValueShape {

    MeasurementKind kind();

    /**
     * The value to store when {@code raw} is written. A value of the wrong JSON type is a
     * {@link ControlValueCoercionError}; a value of the right type that the address refuses (out
     * of limits, not a label) is a {@link ControlWriteRejectedError}.
     */
    Json accept(String address, Json raw) throws ControlValueCoercionError, ControlWriteRejectedError;

    /** The same shape without soft limits: what the simulation itself may set, as opposed to a client. */
    default ValueShape withoutLimits() {
        return this;
    }

    /** The shape an initial value implies when the model declares no labels. */
    static ValueShape of(Json initial, BigDecimal low, BigDecimal high) {
        return switch (initial) {
            case Json.Num n -> new NumericShape(low, high);
            case Json.Bool b -> new BooleanShape();
            case Json.Str s -> new TextShape();
            case Json.Arr a -> new ArrayShape();
            case Json.Null n -> throw new IllegalArgumentException("a simulated address needs a value");
            case Json.Obj o -> throw new IllegalArgumentException("a simulated address cannot hold an object");
        };
    }

    /** The JSON type name used in coercion errors. */
    /** A number with optional soft limits (null when absent), both inclusive. */
    record NumericShape(BigDecimal low, BigDecimal high) implements ValueShape {

        @Override
        public MeasurementKind kind() {
            return MeasurementKind.Scalar;
        }

        @Override
        public Json accept(String address, Json raw) throws ControlValueCoercionError, ControlWriteRejectedError {
            if (!(raw instanceof Json.Num number)) {
                throw new ControlValueCoercionError(address, raw.typeName(), "number");
            }
            BigDecimal value = number.value();
            if (low != null && value.compareTo(low) < 0) {
                throw new ControlWriteRejectedError(address, plain(value) + " is below the low limit " + plain(low));
            }
            if (high != null && value.compareTo(high) > 0) {
                throw new ControlWriteRejectedError(address, plain(value) + " is above the high limit " + plain(high));
            }
            return number;
        }

        @Override
        public ValueShape withoutLimits() {
            return new NumericShape(null, null);
        }

        private static String plain(BigDecimal value) {
            return value.stripTrailingZeros().toPlainString();
        }
    }

    record BooleanShape() implements ValueShape {

        @Override
        public MeasurementKind kind() {
            return MeasurementKind.Scalar;
        }

        @Override
        public Json accept(String address, Json raw) throws ControlValueCoercionError {
            if (!(raw instanceof Json.Bool)) {
                throw new ControlValueCoercionError(address, raw.typeName(), "boolean");
            }
            return raw;
        }
    }

    record TextShape() implements ValueShape {

        @Override
        public MeasurementKind kind() {
            return MeasurementKind.Scalar;
        }

        @Override
        public Json accept(String address, Json raw) throws ControlValueCoercionError {
            if (!(raw instanceof Json.Str)) {
                throw new ControlValueCoercionError(address, raw.typeName(), "string");
            }
            return raw;
        }
    }

    record ArrayShape() implements ValueShape {

        @Override
        public MeasurementKind kind() {
            return MeasurementKind.Array;
        }

        @Override
        public Json accept(String address, Json raw) throws ControlValueCoercionError {
            if (!(raw instanceof Json.Arr)) {
                throw new ControlValueCoercionError(address, raw.typeName(), "array");
            }
            return raw;
        }
    }

    /**
     * One of a fixed list of labels (an EPICS mbbo/bo). A label is stored as written; an integer
     * index selects the label at that position, as writing the raw enum value does in EPICS.
     */
    record EnumShape(List<String> labels) implements ValueShape {

        public EnumShape {
            labels = List.copyOf(labels);
        }

        @Override
        public MeasurementKind kind() {
            return MeasurementKind.Categorical;
        }

        @Override
        public Json accept(String address, Json raw) throws ControlValueCoercionError, ControlWriteRejectedError {
            return switch (raw) {
                case Json.Str label when labels.contains(label.value()) -> label;
                case Json.Str label -> throw new ControlWriteRejectedError(address,
                        "'" + label.value() + "' is not one of the labels " + labels);
                case Json.Num index when index.isWhole() -> labelAt(address, index.value());
                default -> throw new ControlValueCoercionError(address, describe(raw), "enum label or index");
            };
        }

        private Json labelAt(String address, BigDecimal index) throws ControlWriteRejectedError {
            if (index.signum() < 0 || index.compareTo(BigDecimal.valueOf(labels.size())) >= 0) {
                throw new ControlWriteRejectedError(address, "index " + index.toBigInteger()
                        + " is outside 0.." + (labels.size() - 1) + " of the labels " + labels);
            }
            return Json.str(labels.get(index.intValueExact()));
        }

        private static String describe(Json raw) {
            return raw instanceof Json.Num ? "fractional number" : raw.typeName();
        }
    }
}
