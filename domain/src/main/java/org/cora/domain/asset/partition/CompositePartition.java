package org.cora.domain.asset.partition;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Shares a command among two or more constituents so that their setpoints sum to it. */
public record CompositePartition(PartitionKind partitionKind, int constituentCount,
        List<PartitionParameter> partitionParameters, AggregatorKind readbackAggregatorKind) implements PartitionRule {

    public CompositePartition {
        RuleChecks.present("partition_kind", partitionKind);
        RuleChecks.atLeast("constituent_count", 2, constituentCount);
        RuleChecks.present("readback_aggregator_kind", readbackAggregatorKind);
        // Sorted here so that two rules with the same parameters are equal whatever the input order.
        partitionParameters = RuleChecks.present("partition_parameters", partitionParameters).stream()
                .sorted(Comparator.comparing(PartitionParameter::key)).toList();
        for (int i = 1; i < partitionParameters.size(); i++) {
            if (partitionParameters.get(i).key().equals(partitionParameters.get(i - 1).key())) {
                throw new InvalidPartitionRuleError("duplicate_partition_parameter",
                        "partition_parameters has the key " + partitionParameters.get(i).key() + " twice");
            }
        }
    }

    /** A partition with no parameters whose readbacks sum. */
    public CompositePartition(PartitionKind partitionKind, int constituentCount) {
        this(partitionKind, constituentCount, List.of(), AggregatorKind.Sum);
    }

    @Override
    public Optional<Integer> expectedConstituentCount() {
        return Optional.of(constituentCount);
    }
}
