package org.cora.domain.asset.partition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Turns one command on a pseudo-axis into one setpoint per wired constituent, in wire order
 * (reference 3.4). Pure: the caller loads the rule, counts the wired constituents and, for a
 * LookupTable, passes the curve of the pinned calibration revision.
 *
 * <p>Raises {@link PseudoAxisEvaluationFailedError} for a non-finite command or result and for a
 * Product of a negative command; {@link PseudoAxisConstituentNotFoundError} when the wired count
 * is not the rule's; {@link PseudoAxisCommandOutsideRangeError} outside a LookupTable's range with
 * Error extrapolation; {@link InvalidPartitionRuleError} ({@code calibration_revision_retracted})
 * when a LookupTable gets no curve; {@link PartitionRuleNotSupportedError} for SolverReference.
 * LookupTable's Cubic interpolation is a natural cubic spline ({@link NaturalCubicSpline}), which
 * the reference never implemented.
 */
public final class PartitionEvaluator {

    private PartitionEvaluator() {
    }

    public static List<Double> evaluate(PartitionRule rule, double commanded, int wiredConstituents,
            Optional<CalibrationCurve> curve) {
        if (!Double.isFinite(commanded)) {
            throw new PseudoAxisEvaluationFailedError(
                    "the commanded value of a " + rule.kind() + " pseudo-axis must be finite, got " + commanded);
        }
        List<Double> setpoints = switch (rule) {
            case Affine a -> single(a, wiredConstituents, a.gain() * commanded + a.offset());
            case Aggregation a -> aggregate(a, commanded, wiredConstituents);
            case LookupTable t -> single(t, wiredConstituents, CurveLookup.read(t, curveOf(t, curve), commanded));
            case CompositePartition p -> partition(p, commanded, wiredConstituents);
            case SolverReference s -> throw new PartitionRuleNotSupportedError(s.kind(), "no solver transport is wired");
        };
        for (double setpoint : setpoints) {
            if (!Double.isFinite(setpoint)) {
                throw new PseudoAxisEvaluationFailedError(rule.kind() + " rule gave the non-finite setpoint "
                        + setpoint + " for the command " + commanded);
            }
        }
        return setpoints;
    }

    private static List<Double> single(PartitionRule rule, int wired, double value) {
        requireWired(rule, wired, "exactly 1");
        return List.of(value);
    }

    private static List<Double> aggregate(Aggregation rule, double c, int wired) {
        requireWired(rule, wired, "exactly " + rule.constituentCount());
        int n = rule.constituentCount();
        return switch (rule.aggregatorKind()) {
            case Sum -> Collections.nCopies(n, c / n);
            case Difference -> List.of(-c / 2, c / 2);
            case MidRange -> List.of(c, c);
            case Product -> {
                if (c < 0) {
                    throw new PseudoAxisEvaluationFailedError(
                            "a Product aggregation needs a command of at least 0, got " + c);
                }
                yield Collections.nCopies(n, n == 1 ? c : Math.pow(c, 1.0 / n));
            }
        };
    }

    private static List<Double> partition(CompositePartition rule, double c, int wired) {
        requireWired(rule, wired, "at least 2 and exactly " + rule.constituentCount());
        int n = rule.constituentCount();
        List<Double> setpoints = new ArrayList<>(Collections.nCopies(n, 0.0));
        switch (rule.partitionKind()) {
            case ProportionalFill, ConcentricSymmetric -> Collections.fill(setpoints, c / n);
            case CoarseFirstFill -> setpoints.set(0, c);
            case FineCenteredKeep -> setpoints.set(n - 1, c);
        }
        return List.copyOf(setpoints);
    }

    private static void requireWired(PartitionRule rule, int wired, String requirement) {
        int expected = rule.expectedConstituentCount().orElseThrow();
        if (wired != expected) {
            throw new PseudoAxisConstituentNotFoundError(rule.kind(), expected, wired, requirement);
        }
    }

    private static CalibrationCurve curveOf(LookupTable rule, Optional<CalibrationCurve> curve) {
        return curve.orElseThrow(() -> new InvalidPartitionRuleError("calibration_revision_retracted",
                "LookupTable rule needs the curve of calibration " + rule.calibrationId() + " revision "
                        + rule.calibrationRevisionId() + ", and none was found"));
    }
}
