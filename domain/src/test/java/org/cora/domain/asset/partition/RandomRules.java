package org.cora.domain.asset.partition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/** Seeded generators of valid partition rules and calibration curves for the property tests. */
final class RandomRules {

    private RandomRules() {
    }

    static PartitionRule any(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> new Affine(number(random), number(random), unit(random), unit(random));
            case 1 -> aggregation(random);
            case 2 -> lookupTable(random);
            case 3 -> composite(random);
            default -> solver(random);
        };
    }

    static double number(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> random.nextInt(2001) - 1000;
            case 1 -> 0.0;
            case 2 -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(20) - 10);
            default -> random.nextGaussian() * 100;
        };
    }

    static Aggregation aggregation(Random random) {
        AggregatorKind kind = pick(random, AggregatorKind.values());
        boolean pairwise = kind == AggregatorKind.Difference || kind == AggregatorKind.MidRange;
        return new Aggregation(kind, pairwise ? 2 : 1 + random.nextInt(8));
    }

    static LookupTable lookupTable(Random random) {
        boolean invertible = random.nextBoolean();
        Optional<AggregatorKind> readback = invertible && random.nextBoolean() ? Optional.empty()
                : Optional.of(pick(random, AggregatorKind.values()));
        return new LookupTable(new UUID(random.nextLong(), random.nextLong() | 1), UUID.randomUUID(),
                pick(random, InterpolationKind.values()), pick(random, ExtrapolationKind.values()), invertible,
                readback, random.nextBoolean() ? Optional.of(unit(random)) : Optional.empty(),
                random.nextBoolean() ? Optional.of(unit(random)) : Optional.empty());
    }

    static CompositePartition composite(Random random) {
        List<PartitionParameter> parameters = new ArrayList<>();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
            parameters.add(new PartitionParameter("p" + i + (char) ('a' + random.nextInt(26)), number(random)));
        }
        return new CompositePartition(pick(random, PartitionKind.values()), 2 + random.nextInt(7), parameters,
                pick(random, AggregatorKind.values()));
    }

    static SolverReference solver(Random random) {
        double residual = Math.abs(number(random));
        return new SolverReference("solver-" + random.nextInt(1000), "v" + random.nextInt(10),
                pick(random, SolverTransportKind.values()), residual, residual + Math.abs(number(random)),
                random.nextBoolean(), random.nextBoolean() ? Optional.of(AggregatorKind.Sum) : Optional.empty());
    }

    /** A curve of 2 to 12 points with strictly increasing, well-separated x, given in shuffled order. */
    static CalibrationCurve curve(Random random) {
        int size = 2 + random.nextInt(11);
        List<CalibrationCurve.Point> points = new ArrayList<>();
        double x = (random.nextDouble() - 0.5) * 1000;
        for (int i = 0; i < size; i++) {
            points.add(new CalibrationCurve.Point(x, (random.nextDouble() - 0.5) * 200));
            x += 0.01 + random.nextDouble() * 10;
        }
        java.util.Collections.shuffle(points, random);
        return new CalibrationCurve(points);
    }

    static String unit(Random random) {
        return pick(random, new String[] {"eV", "keV", "mm", "urad", "deg", ""});
    }

    static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
