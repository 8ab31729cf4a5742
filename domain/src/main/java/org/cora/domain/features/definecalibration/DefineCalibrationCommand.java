package org.cora.domain.features.definecalibration;

/** Define a Calibration of a catalog quantity (its wire name); the handler gives it a fresh id. */
public record DefineCalibrationCommand(String quantity) {
}
