package org.cora.domain.asset.partition;

import java.util.Comparator;
import java.util.List;

/**
 * The (x, y) points of a pinned {@code energy_position_curve} revision, sorted by x. A curve needs
 * at least two points, every coordinate finite and every x distinct; otherwise it raises
 * {@link InvalidPartitionRuleError} with sub-code {@code curve_degenerate}.
 */
public record CalibrationCurve(List<Point> points) {

    public record Point(double x, double y) {
    }

    public CalibrationCurve {
        if (points == null || points.size() < 2) {
            throw degenerate("a calibration curve needs at least 2 points, got " + (points == null ? 0 : points.size()));
        }
        points = points.stream().sorted(Comparator.comparingDouble(Point::x)).toList();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            if (!Double.isFinite(p.x()) || !Double.isFinite(p.y())) {
                throw degenerate("calibration point (" + p.x() + ", " + p.y() + ") is not finite");
            }
            if (i > 0 && points.get(i - 1).x() == p.x()) {
                throw degenerate("calibration points must have distinct x, " + p.x() + " appears twice");
            }
        }
    }

    public double lowestX() {
        return points.getFirst().x();
    }

    public double highestX() {
        return points.getLast().x();
    }

    private static InvalidPartitionRuleError degenerate(String message) {
        return new InvalidPartitionRuleError("curve_degenerate", message);
    }
}
