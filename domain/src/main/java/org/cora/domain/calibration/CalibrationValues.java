package org.cora.domain.calibration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cora.domain.json.Json;

/**
 * The shape each quantity's value must have. A curve is {@code {"points": [[x, y], ...]}} with at
 * least two points, every coordinate a finite number and the x values strictly distinct; every
 * other quantity is a finite JSON number.
 */
public final class CalibrationValues {

    public static final int MIN_POINTS = 2;

    private CalibrationValues() {
    }

    /** Returns when {@code value} fits {@code quantity}; {@link InvalidCalibrationValueError} otherwise. */
    public static void validate(CalibrationQuantity quantity, Json value) {
        if (quantity.isCurve()) {
            points(value);
        } else if (!(value instanceof Json.Num n) || !Double.isFinite(n.asDouble())) {
            throw new InvalidCalibrationValueError(quantity.wireName() + " takes a finite number, got "
                    + (value == null ? "nothing" : value.toJsonText()));
        }
    }

    /** The points of a curve value, in their stored order. */
    public static List<CurvePoint> points(Json value) {
        if (!(value instanceof Json.Obj obj) || !(obj.get("points").orElse(null) instanceof Json.Arr points)
                || obj.fields().size() != 1) {
            throw new InvalidCalibrationValueError("energy_position_curve takes {\"points\": [[x, y], ...]} and "
                    + "nothing else");
        }
        if (points.items().size() < MIN_POINTS) {
            throw new InvalidCalibrationValueError("a curve needs at least " + MIN_POINTS + " points, got "
                    + points.items().size());
        }
        List<CurvePoint> out = new ArrayList<>();
        Set<BigDecimal> xs = new HashSet<>();
        for (int i = 0; i < points.items().size(); i++) {
            CurvePoint point = point(points.items().get(i), i);
            if (!xs.add(BigDecimal.valueOf(point.x()).stripTrailingZeros())) {
                throw new InvalidCalibrationValueError("points[" + i + "] repeats x = " + point.x()
                        + ": the x values must be strictly distinct");
            }
            out.add(point);
        }
        return out;
    }

    private static CurvePoint point(Json item, int index) {
        if (item instanceof Json.Arr pair && pair.items().size() == 2
                && pair.items().get(0) instanceof Json.Num x && pair.items().get(1) instanceof Json.Num y
                && Double.isFinite(x.asDouble()) && Double.isFinite(y.asDouble())) {
            return new CurvePoint(x.asDouble(), y.asDouble());
        }
        throw new InvalidCalibrationValueError("points[" + index + "] must be a pair [x, y] of finite numbers, got "
                + item.toJsonText());
    }
}
