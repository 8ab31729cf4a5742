package org.cora.domain.control;

/** The shape of a measured value. */
public enum MeasurementKind {
    Scalar, Array, Image, Categorical, Tabular
}
