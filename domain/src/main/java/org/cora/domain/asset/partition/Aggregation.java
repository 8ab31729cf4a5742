package org.cora.domain.asset.partition;

import java.util.Optional;

/** Splits a command across {@code constituentCount} constituents by an aggregator; Difference and MidRange take two. */
public record Aggregation(AggregatorKind aggregatorKind, int constituentCount) implements PartitionRule {

    public Aggregation {
        RuleChecks.present("aggregator_kind", aggregatorKind);
        RuleChecks.atLeast("constituent_count", 1, constituentCount);
        boolean pairwise = aggregatorKind == AggregatorKind.Difference || aggregatorKind == AggregatorKind.MidRange;
        if (pairwise && constituentCount != 2) {
            throw new InvalidPartitionRuleError("aggregator_arity", "constituent_count must be 2 for a "
                    + aggregatorKind + " aggregation, got " + constituentCount);
        }
    }

    @Override
    public Optional<Integer> expectedConstituentCount() {
        return Optional.of(constituentCount);
    }
}
