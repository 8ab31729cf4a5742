package org.cora.domain.asset.partition;

import java.util.List;

/** Reads a calibration curve at a command, the way a LookupTable rule says (reference 3.4). */
final class CurveLookup {

    private CurveLookup() {
    }

    static double read(LookupTable rule, CalibrationCurve curve, double c) {
        List<CalibrationCurve.Point> points = curve.points();
        if (c < curve.lowestX() || c > curve.highestX()) {
            if (rule.extrapolationKind() == ExtrapolationKind.Error) {
                throw new PseudoAxisCommandOutsideRangeError(c, curve.lowestX(), curve.highestX());
            }
            return c < curve.lowestX() ? points.getFirst().y() : points.getLast().y();
        }
        return switch (rule.interpolationKind()) {
            case Linear -> linear(points, c);
            case Nearest -> nearest(points, c);
            case Cubic -> new NaturalCubicSpline(curve).value(c);
        };
    }

    private static double linear(List<CalibrationCurve.Point> points, double c) {
        int i = bracket(points, c);
        CalibrationCurve.Point low = points.get(i);
        CalibrationCurve.Point high = points.get(i + 1);
        if (c == low.x()) {
            return low.y();
        }
        if (c == high.x()) {
            return high.y();
        }
        double t = (c - low.x()) / (high.x() - low.x());
        double y = low.y() + (high.y() - low.y()) * t;
        // Rounding may step an ulp past a bracketing value; the interpolant never may.
        return Math.min(Math.max(y, Math.min(low.y(), high.y())), Math.max(low.y(), high.y()));
    }

    private static double nearest(List<CalibrationCurve.Point> points, double c) {
        int i = bracket(points, c);
        CalibrationCurve.Point low = points.get(i);
        CalibrationCurve.Point high = points.get(i + 1);
        return c - low.x() <= high.x() - c ? low.y() : high.y();
    }

    /** The i whose points i and i+1 bracket {@code c} (c inside the curve's range). */
    private static int bracket(List<CalibrationCurve.Point> points, double c) {
        int low = 0;
        int high = points.size() - 2;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (points.get(mid).x() <= c) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }
}
