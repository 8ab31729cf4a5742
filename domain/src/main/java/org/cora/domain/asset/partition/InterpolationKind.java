package org.cora.domain.asset.partition;

/** How a LookupTable reads between calibration points. Wire names are the constant names. */
public enum InterpolationKind {
    Linear, Cubic, Nearest
}
