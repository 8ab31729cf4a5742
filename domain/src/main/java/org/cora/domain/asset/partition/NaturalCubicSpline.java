package org.cora.domain.asset.partition;

import java.util.List;

/**
 * The natural cubic spline through a calibration curve: C2-continuous at every knot, second
 * derivative zero at both ends. The reference left Cubic interpolation unimplemented (it raised a
 * 500); Cora chose this spline because it needs no end slopes the calibration does not carry.
 */
final class NaturalCubicSpline {

    private final double[] x;
    private final double[] y;
    /** Second derivatives at the knots; the first and last are zero (the "natural" ends). */
    private final double[] m;

    NaturalCubicSpline(CalibrationCurve curve) {
        List<CalibrationCurve.Point> points = curve.points();
        int n = points.size();
        x = new double[n];
        y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = points.get(i).x();
            y[i] = points.get(i).y();
        }
        m = secondDerivatives(x, y);
    }

    /** Solves the tridiagonal system for the inner second derivatives (Thomas algorithm; diagonally dominant). */
    private static double[] secondDerivatives(double[] x, double[] y) {
        int n = x.length;
        double[] m = new double[n];
        double[] diagonal = new double[n];
        double[] rhs = new double[n];
        for (int i = 1; i < n - 1; i++) {
            double left = x[i] - x[i - 1];
            double right = x[i + 1] - x[i];
            diagonal[i] = 2.0 * (left + right);
            rhs[i] = 6.0 * ((y[i + 1] - y[i]) / right - (y[i] - y[i - 1]) / left);
            if (i > 1) {
                double factor = left / diagonal[i - 1];
                diagonal[i] -= factor * left;
                rhs[i] -= factor * rhs[i - 1];
            }
        }
        for (int i = n - 2; i >= 1; i--) {
            double right = x[i + 1] - x[i];
            m[i] = (rhs[i] - right * m[i + 1]) / diagonal[i];
        }
        return m;
    }

    int intervalCount() {
        return x.length - 1;
    }

    /** The value at {@code c} inside [x_min, x_max]; a knot returns its table y exactly. */
    double value(double c) {
        int i = interval(c);
        if (c == x[i]) {
            return y[i];
        }
        if (c == x[i + 1]) {
            return y[i + 1];
        }
        return valueOn(i, c);
    }

    /** The cubic of interval {@code i} (between knots i and i+1), evaluated at any {@code c}. */
    double valueOn(int i, double c) {
        double h = x[i + 1] - x[i];
        double a = x[i + 1] - c;
        double b = c - x[i];
        return m[i] * a * a * a / (6 * h) + m[i + 1] * b * b * b / (6 * h)
                + (y[i] / h - m[i] * h / 6) * a + (y[i + 1] / h - m[i + 1] * h / 6) * b;
    }

    double firstDerivativeOn(int i, double c) {
        double h = x[i + 1] - x[i];
        double a = x[i + 1] - c;
        double b = c - x[i];
        return -m[i] * a * a / (2 * h) + m[i + 1] * b * b / (2 * h)
                - (y[i] / h - m[i] * h / 6) + (y[i + 1] / h - m[i + 1] * h / 6);
    }

    double secondDerivativeOn(int i, double c) {
        double h = x[i + 1] - x[i];
        return (m[i] * (x[i + 1] - c) + m[i + 1] * (c - x[i])) / h;
    }

    /** The interval whose knots bracket {@code c}: the largest i with x[i] <= c, capped at the last interval. */
    private int interval(double c) {
        int low = 0;
        int high = x.length - 2;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (x[mid] <= c) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }
}
