package org.cora.domain.asset.partition;

import java.util.Optional;

/**
 * How a pseudo-axis splits one commanded scalar into setpoints on its real constituents
 * (reference 3.4). Every rule is validated on construction and raises
 * {@link InvalidPartitionRuleError} naming the field; {@link PartitionEvaluator} holds the math.
 */
public sealed interface PartitionRule
        permits Affine, Aggregation, LookupTable, CompositePartition, SolverReference {

    /** The wire discriminator: the record's simple name. */
    default String kind() {
        return getClass().getSimpleName();
    }

    /** How many constituents the Plan must wire; empty when the rule declares none (SolverReference). */
    Optional<Integer> expectedConstituentCount();
}
