package org.cora.domain.asset.partition;

import org.cora.domain.shared.DomainError;

/** A LookupTable rule that refuses extrapolation was commanded outside its calibration range. */
public final class PseudoAxisCommandOutsideRangeError extends DomainError {

    private final double commanded;
    private final double lowest;
    private final double highest;

    public PseudoAxisCommandOutsideRangeError(double commanded, double lowest, double highest) {
        super("commanded value " + commanded + " is outside the calibration range [" + lowest + ", " + highest
                + "] and the rule's extrapolation is Error");
        this.commanded = commanded;
        this.lowest = lowest;
        this.highest = highest;
    }

    public double commanded() {
        return commanded;
    }

    public double lowest() {
        return lowest;
    }

    public double highest() {
        return highest;
    }
}
