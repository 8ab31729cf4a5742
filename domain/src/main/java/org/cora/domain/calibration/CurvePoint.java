package org.cora.domain.calibration;

/** One (x, y) point of a calibration curve, both finite. */
public record CurvePoint(double x, double y) {
}
