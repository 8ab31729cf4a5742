package org.cora.domain.asset.partition;

import java.util.Optional;

/** One constituent at {@code gain * c + offset}. */
public record Affine(double gain, double offset, String unitIn, String unitOut) implements PartitionRule {

    public Affine {
        gain = RuleChecks.finite("gain", gain);
        offset = RuleChecks.finite("offset", offset);
        RuleChecks.present("unit_in", unitIn);
        RuleChecks.present("unit_out", unitOut);
    }

    /** The identity rule between two units: gain 1, offset 0. */
    public Affine(String unitIn, String unitOut) {
        this(1.0, 0.0, unitIn, unitOut);
    }

    /** The virtual value a constituent value {@code v} stands for; refused when gain is 0. */
    public double inverse(double v) {
        if (gain == 0.0) {
            throw new PseudoAxisEvaluationFailedError("Affine rule with gain 0 has no inverse");
        }
        double virtual = (v - offset) / gain;
        if (!Double.isFinite(virtual)) {
            throw new PseudoAxisEvaluationFailedError("Affine inverse of " + v + " is not finite: " + virtual);
        }
        return virtual;
    }

    @Override
    public Optional<Integer> expectedConstituentCount() {
        return Optional.of(1);
    }
}
