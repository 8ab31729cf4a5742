package org.cora.domain.asset.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Reference 3.4: the math of every rule kind, its arity check and its errors. */
class PartitionEvaluatorTest {

    private static final UUID CALIBRATION = UUID.fromString("00000000-0000-4000-8000-00000000000a");
    private static final UUID REVISION = UUID.fromString("00000000-0000-4000-8000-00000000000b");
    private static final CalibrationCurve CURVE = new CalibrationCurve(List.of(
            new CalibrationCurve.Point(2, 20), new CalibrationCurve.Point(0, 0), new CalibrationCurve.Point(1, 4)));

    private static List<Double> eval(PartitionRule rule, double c, int wired) {
        return PartitionEvaluator.evaluate(rule, c, wired, Optional.of(CURVE));
    }

    private static LookupTable table(InterpolationKind interpolation, ExtrapolationKind extrapolation) {
        return new LookupTable(CALIBRATION, REVISION, interpolation, extrapolation, true, Optional.empty(),
                Optional.of("eV"), Optional.of("mm"));
    }

    @Test
    void affineSendsGainTimesCommandPlusOffset() {
        assertThat(eval(new Affine(2.0, -1.0, "eV", "mm"), 3.0, 1)).containsExactly(5.0);
        assertThat(eval(new Affine("eV", "eV"), 3.0, 1)).containsExactly(3.0);
    }

    @Test
    void affineInverseIsRefusedWhenTheGainIsZero() {
        assertThat(new Affine(2.0, -1.0, "eV", "mm").inverse(5.0)).isEqualTo(3.0);
        assertThatThrownBy(() -> new Affine(0.0, 1.0, "eV", "mm").inverse(1.0))
                .isInstanceOf(PseudoAxisEvaluationFailedError.class).hasMessageContaining("gain 0");
    }

    @Test
    void aggregationSplitsByItsAggregator() {
        assertThat(eval(new Aggregation(AggregatorKind.Sum, 4), 8.0, 4)).containsExactly(2.0, 2.0, 2.0, 2.0);
        assertThat(eval(new Aggregation(AggregatorKind.Difference, 2), 3.0, 2)).containsExactly(-1.5, 1.5);
        assertThat(eval(new Aggregation(AggregatorKind.MidRange, 2), 3.0, 2)).containsExactly(3.0, 3.0);
        assertThat(eval(new Aggregation(AggregatorKind.Product, 3), 8.0, 3))
                .allSatisfy(v -> assertThat(v).isCloseTo(2.0, within(1e-12))).hasSize(3);
        assertThat(eval(new Aggregation(AggregatorKind.Product, 1), 7.0, 1)).containsExactly(7.0);
    }

    @Test
    void aProductOfANegativeCommandFailsEvaluation() {
        assertThatThrownBy(() -> eval(new Aggregation(AggregatorKind.Product, 2), -4.0, 2))
                .isInstanceOf(PseudoAxisEvaluationFailedError.class).hasMessageContaining("at least 0");
    }

    @Test
    void compositePartitionsPlaceTheCommandByTheirKind() {
        assertThat(eval(new CompositePartition(PartitionKind.ProportionalFill, 4), 8.0, 4))
                .containsExactly(2.0, 2.0, 2.0, 2.0);
        assertThat(eval(new CompositePartition(PartitionKind.ConcentricSymmetric, 2), 8.0, 2)).containsExactly(4.0, 4.0);
        assertThat(eval(new CompositePartition(PartitionKind.CoarseFirstFill, 3), 8.0, 3)).containsExactly(8.0, 0.0, 0.0);
        assertThat(eval(new CompositePartition(PartitionKind.FineCenteredKeep, 3), 8.0, 3)).containsExactly(0.0, 0.0, 8.0);
    }

    @Test
    void aWiredCountOtherThanTheRulesIsRefusedNamingBothCounts() {
        List<PartitionRule> rules = List.of(new Affine("eV", "mm"), new Aggregation(AggregatorKind.Sum, 3),
                table(InterpolationKind.Linear, ExtrapolationKind.Clamp),
                new CompositePartition(PartitionKind.ProportionalFill, 3));
        for (PartitionRule rule : rules) {
            int expected = rule.expectedConstituentCount().orElseThrow();
            assertThatThrownBy(() -> eval(rule, 1.0, expected + 1)).as(rule.kind())
                    .isInstanceOfSatisfying(PseudoAxisConstituentNotFoundError.class, e -> {
                        assertThat(e.expected()).isEqualTo(expected);
                        assertThat(e.wired()).isEqualTo(expected + 1);
                    })
                    .hasMessageContaining("expected " + expected).hasMessageContaining((expected + 1) + " are wired");
        }
        assertThatThrownBy(() -> eval(new CompositePartition(PartitionKind.CoarseFirstFill, 2), 1.0, 1))
                .isInstanceOf(PseudoAxisConstituentNotFoundError.class).hasMessageContaining("1 are wired");
    }

    @Test
    void aNonFiniteCommandFailsEvaluationBeforeAnyMath() {
        for (double c : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertThatThrownBy(() -> eval(new Affine("eV", "mm"), c, 1))
                    .isInstanceOf(PseudoAxisEvaluationFailedError.class).hasMessageContaining("must be finite");
        }
    }

    @Test
    void aNonFiniteResultFailsEvaluation() {
        assertThatThrownBy(() -> eval(new Affine(1e300, 0.0, "eV", "mm"), 1e300, 1))
                .isInstanceOf(PseudoAxisEvaluationFailedError.class).hasMessageContaining("non-finite setpoint");
    }

    @Test
    void solverReferenceIsRefusedAsNotSupportedNamingTheKind() {
        SolverReference solver = new SolverReference("fit", "1", SolverTransportKind.PythonCallable, 0.1, 1.0, true,
                Optional.empty());
        assertThatThrownBy(() -> eval(solver, 1.0, 2))
                .isInstanceOfSatisfying(PartitionRuleNotSupportedError.class,
                        e -> assertThat(e.ruleKind()).isEqualTo("SolverReference"))
                .hasMessage("SolverReference rules are not supported: no solver transport is wired");
        assertThat(solver.expectedConstituentCount()).isEmpty();
    }

    @Test
    void linearLookupInterpolatesBetweenBracketingPointsAndHitsTableValuesExactly() {
        LookupTable rule = table(InterpolationKind.Linear, ExtrapolationKind.Error);
        assertThat(eval(rule, 0.5, 1)).containsExactly(2.0);
        assertThat(eval(rule, 1.5, 1)).containsExactly(12.0);
        assertThat(eval(rule, 1.0, 1)).containsExactly(4.0);
        assertThat(eval(rule, 2.0, 1)).containsExactly(20.0);
    }

    @Test
    void nearestLookupTakesTheClosestXAndTiesGoToTheLowerX() {
        LookupTable rule = table(InterpolationKind.Nearest, ExtrapolationKind.Error);
        assertThat(eval(rule, 0.4, 1)).containsExactly(0.0);
        assertThat(eval(rule, 0.6, 1)).containsExactly(4.0);
        assertThat(eval(rule, 0.5, 1)).containsExactly(0.0);
        assertThat(eval(rule, 1.5, 1)).containsExactly(4.0);
    }

    @Test
    void cubicLookupFollowsTheNaturalSpline() {
        CalibrationCurve arch = new CalibrationCurve(List.of(new CalibrationCurve.Point(0, 0),
                new CalibrationCurve.Point(1, 1), new CalibrationCurve.Point(2, 0)));
        LookupTable rule = table(InterpolationKind.Cubic, ExtrapolationKind.Error);
        // Natural spline through the arch: M1 = -3, so S(0.5) = -3/48 + 0.75.
        assertThat(PartitionEvaluator.evaluate(rule, 0.5, 1, Optional.of(arch)).getFirst()).isCloseTo(0.6875, within(1e-12));
        assertThat(PartitionEvaluator.evaluate(rule, 1.5, 1, Optional.of(arch)).getFirst()).isCloseTo(0.6875, within(1e-12));
        assertThat(PartitionEvaluator.evaluate(rule, 1.0, 1, Optional.of(arch))).containsExactly(1.0);
    }

    @Test
    void aCubicSplineThroughTwoPointsIsTheStraightLine() {
        CalibrationCurve line = new CalibrationCurve(List.of(new CalibrationCurve.Point(0, 1),
                new CalibrationCurve.Point(4, 9)));
        assertThat(PartitionEvaluator.evaluate(table(InterpolationKind.Cubic, ExtrapolationKind.Error), 1.0, 1,
                Optional.of(line)).getFirst()).isCloseTo(3.0, within(1e-12));
    }

    @Test
    void aCommandOutsideTheRangeIsRefusedNamingTheRangeWhenExtrapolationIsError() {
        for (InterpolationKind kind : InterpolationKind.values()) {
            assertThatThrownBy(() -> eval(table(kind, ExtrapolationKind.Error), 2.5, 1))
                    .isInstanceOfSatisfying(PseudoAxisCommandOutsideRangeError.class, e -> {
                        assertThat(e.lowest()).isEqualTo(0.0);
                        assertThat(e.highest()).isEqualTo(2.0);
                    })
                    .hasMessageContaining("[0.0, 2.0]").hasMessageContaining("2.5");
        }
    }

    @Test
    void aCommandOutsideTheRangeTakesTheNearestEndValueWhenExtrapolationIsClamp() {
        for (InterpolationKind kind : InterpolationKind.values()) {
            assertThat(eval(table(kind, ExtrapolationKind.Clamp), -1.0, 1)).containsExactly(0.0);
            assertThat(eval(table(kind, ExtrapolationKind.Clamp), 9.0, 1)).containsExactly(20.0);
        }
    }

    @Test
    void aLookupTableWithoutItsPinnedCurveIsRefusedAsRetracted() {
        assertThatThrownBy(() -> PartitionEvaluator.evaluate(table(InterpolationKind.Linear, ExtrapolationKind.Clamp),
                1.0, 1, Optional.empty()))
                .isInstanceOfSatisfying(InvalidPartitionRuleError.class,
                        e -> assertThat(e.subCode()).isEqualTo("calibration_revision_retracted"))
                .hasMessageContaining(REVISION.toString());
    }

    @Test
    void aDegenerateCurveIsRefused() {
        List<List<CalibrationCurve.Point>> degenerate = List.of(
                List.of(new CalibrationCurve.Point(0, 0)),
                List.of(new CalibrationCurve.Point(0, 0), new CalibrationCurve.Point(0, 1)),
                List.of(new CalibrationCurve.Point(0, 0), new CalibrationCurve.Point(Double.NaN, 1)),
                List.of(new CalibrationCurve.Point(0, 0), new CalibrationCurve.Point(1, Double.POSITIVE_INFINITY)));
        for (List<CalibrationCurve.Point> points : degenerate) {
            assertThatThrownBy(() -> new CalibrationCurve(points)).as("%s", points)
                    .isInstanceOfSatisfying(InvalidPartitionRuleError.class,
                            e -> assertThat(e.subCode()).isEqualTo("curve_degenerate"));
        }
        assertThatThrownBy(() -> new CalibrationCurve(List.of())).isInstanceOf(InvalidPartitionRuleError.class);
    }
}
