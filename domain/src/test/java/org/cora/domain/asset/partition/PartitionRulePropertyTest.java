package org.cora.domain.asset.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cora.domain.json.JsonParser;
import org.cora.domain.testing.Seeded;
import org.junit.jupiter.api.Test;

/** Seeded properties of the rules, the evaluator and the codec; a failure prints its seed. */
class PartitionRulePropertyTest {

    private static final int CASES = 2000;
    private static final UUID CALIBRATION = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final UUID REVISION = UUID.fromString("00000000-0000-4000-8000-000000000002");

    @Test
    void affineInverseUndoesTheRule() {
        Seeded.forAll("inverse(gain*c + offset) == c", CASES, (random, i) -> {
            double gain = RandomRules.number(random);
            if (gain == 0.0) {
                gain = 1.5;
            }
            Affine rule = new Affine(gain, RandomRules.number(random), "eV", "mm");
            double c = RandomRules.number(random);
            double v = PartitionEvaluator.evaluate(rule, c, 1, Optional.empty()).getFirst();

            double scale = Math.max(1.0, Math.max(Math.abs(c), Math.abs(rule.offset() / gain)));
            assertThat(rule.inverse(v)).as("rule %s, c %s", rule, c).isCloseTo(c, within(1e-9 * scale));
        });
    }

    @Test
    void aCompositePartitionsSetpointsSumToTheCommand() {
        Seeded.forAll("sum(partition(c)) == c", CASES, (random, i) -> {
            CompositePartition rule = RandomRules.composite(random);
            double c = RandomRules.number(random);
            List<Double> setpoints = PartitionEvaluator.evaluate(rule, c, rule.constituentCount(), Optional.empty());

            double sum = setpoints.stream().mapToDouble(Double::doubleValue).sum();
            assertThat(setpoints).hasSize(rule.constituentCount());
            assertThat(sum).as("rule %s, c %s", rule, c).isCloseTo(c, within(1e-9 * Math.max(1.0, Math.abs(c))));
        });
    }

    @Test
    void linearInterpolationHitsEveryTablePointExactly() {
        Seeded.forAll("linear(x_i) == y_i", CASES / 4, (random, i) -> {
            CalibrationCurve curve = RandomRules.curve(random);
            LookupTable rule = table(InterpolationKind.Linear);
            for (CalibrationCurve.Point p : curve.points()) {
                assertThat(PartitionEvaluator.evaluate(rule, p.x(), 1, Optional.of(curve)))
                        .as("curve %s at %s", curve, p.x()).containsExactly(p.y());
            }
        });
    }

    @Test
    void linearInterpolationStaysWithinTheBracketingValuesBetweenPoints() {
        Seeded.forAll("min(y_i, y_i+1) <= linear(c) <= max(y_i, y_i+1)", CASES, (random, i) -> {
            CalibrationCurve curve = RandomRules.curve(random);
            int k = random.nextInt(curve.points().size() - 1);
            CalibrationCurve.Point low = curve.points().get(k);
            CalibrationCurve.Point high = curve.points().get(k + 1);
            double c = low.x() + random.nextDouble() * (high.x() - low.x());

            double y = PartitionEvaluator.evaluate(table(InterpolationKind.Linear), c, 1, Optional.of(curve)).getFirst();
            assertThat(y).as("curve %s at %s", curve, c)
                    .isBetween(Math.min(low.y(), high.y()), Math.max(low.y(), high.y()));
        });
    }

    @Test
    void nearestAlwaysReturnsAValueOfTheTable() {
        Seeded.forAll("nearest(c) in table y", CASES, (random, i) -> {
            CalibrationCurve curve = RandomRules.curve(random);
            double c = curve.lowestX() + random.nextDouble() * (curve.highestX() - curve.lowestX());

            double y = PartitionEvaluator.evaluate(table(InterpolationKind.Nearest), c, 1, Optional.of(curve)).getFirst();
            CalibrationCurve.Point closest = curve.points().stream()
                    .min((a, b) -> Double.compare(Math.abs(a.x() - c), Math.abs(b.x() - c))).orElseThrow();
            assertThat(curve.points().stream().map(CalibrationCurve.Point::y)).contains(y);
            assertThat(y).as("curve %s at %s", curve, c).isEqualTo(closest.y());
        });
    }

    @Test
    void theNaturalSplinePassesThroughEveryPoint() {
        Seeded.forAll("spline(x_i) == y_i", CASES / 4, (random, i) -> {
            CalibrationCurve curve = RandomRules.curve(random);
            NaturalCubicSpline spline = new NaturalCubicSpline(curve);
            for (int k = 0; k < curve.points().size(); k++) {
                CalibrationCurve.Point p = curve.points().get(k);
                assertThat(PartitionEvaluator.evaluate(table(InterpolationKind.Cubic), p.x(), 1, Optional.of(curve)))
                        .containsExactly(p.y());
                int piece = Math.min(k, spline.intervalCount() - 1);
                assertThat(spline.valueOn(piece, p.x())).as("piece %s at knot %s", piece, k)
                        .isCloseTo(p.y(), within(1e-9 * 200));
            }
        });
    }

    @Test
    void theNaturalSplineIsTwiceContinuouslyDifferentiableAtEveryInnerKnot() {
        Seeded.forAll("S, S', S'' agree from both sides of each knot", CASES / 4, (random, i) -> {
            CalibrationCurve curve = RandomRules.curve(random);
            NaturalCubicSpline spline = new NaturalCubicSpline(curve);
            for (int k = 1; k < curve.points().size() - 1; k++) {
                double knot = curve.points().get(k).x();
                double slopeScale = 1.0 + Math.abs(spline.firstDerivativeOn(k, knot));
                double curvatureScale = 1.0 + Math.abs(spline.secondDerivativeOn(k, knot));
                assertThat(spline.valueOn(k - 1, knot)).isCloseTo(spline.valueOn(k, knot), within(1e-7));
                assertThat(spline.firstDerivativeOn(k - 1, knot)).as("S' at knot %s of %s", k, curve)
                        .isCloseTo(spline.firstDerivativeOn(k, knot), within(1e-7 * slopeScale * 1e3));
                assertThat(spline.secondDerivativeOn(k - 1, knot)).as("S'' at knot %s of %s", k, curve)
                        .isCloseTo(spline.secondDerivativeOn(k, knot), within(1e-9 * curvatureScale));
            }
        });
    }

    @Test
    void theNaturalSplinesSecondDerivativeIsZeroAtBothEnds() {
        Seeded.forAll("S''(x_min) == S''(x_max) == 0", CASES, (random, i) -> {
            CalibrationCurve curve = RandomRules.curve(random);
            NaturalCubicSpline spline = new NaturalCubicSpline(curve);
            assertThat(spline.secondDerivativeOn(0, curve.lowestX())).isCloseTo(0.0, within(1e-12));
            assertThat(spline.secondDerivativeOn(spline.intervalCount() - 1, curve.highestX()))
                    .isCloseTo(0.0, within(1e-12));
        });
    }

    @Test
    void theSplinesFirstDerivativeMatchesAFiniteDifferenceOfItsValues() {
        Seeded.forAll("S'(c) ~ (S(c+h) - S(c-h)) / 2h", CASES, (random, i) -> {
            CalibrationCurve curve = RandomRules.curve(random);
            NaturalCubicSpline spline = new NaturalCubicSpline(curve);
            int k = random.nextInt(spline.intervalCount());
            double low = curve.points().get(k).x();
            double width = curve.points().get(k + 1).x() - low;
            double c = low + (0.25 + 0.5 * random.nextDouble()) * width;
            double h = width * 1e-5;
            double numeric = (spline.valueOn(k, c + h) - spline.valueOn(k, c - h)) / (2 * h);
            assertThat(spline.firstDerivativeOn(k, c)).as("curve %s at %s", curve, c)
                    .isCloseTo(numeric, within(1e-3 * (1 + Math.abs(numeric))));
        });
    }

    @Test
    void everyRuleReadsBackEqualFromItsWireForm() {
        Seeded.forAll("fromPayload(toPayload(r)) == r", CASES, (random, i) -> {
            PartitionRule rule = RandomRules.any(random);
            assertThat(PartitionRuleCodec.fromPayload(PartitionRuleCodec.toPayload(rule), "rule")).isEqualTo(rule);
            assertThat(PartitionRuleCodec.fromPayload(
                    JsonParser.parse(PartitionRuleCodec.toPayload(rule).toJsonText()), "rule")).isEqualTo(rule);
        });
    }

    private static LookupTable table(InterpolationKind interpolation) {
        return new LookupTable(CALIBRATION, REVISION, interpolation, ExtrapolationKind.Error, true,
                Optional.empty(), Optional.empty(), Optional.empty());
    }
}
