package org.cora.domain.asset.partition;

/** What a LookupTable does with a command outside its calibration range. Wire names are the constant names. */
public enum ExtrapolationKind {
    Clamp, Error
}
