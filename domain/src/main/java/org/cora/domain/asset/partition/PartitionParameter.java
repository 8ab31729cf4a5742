package org.cora.domain.asset.partition;

/** One named number of a CompositePartition (carried, not yet read by the evaluator). */
public record PartitionParameter(String key, double value) {

    public PartitionParameter {
        key = RuleChecks.text("partition_parameters key", 100, key);
        value = RuleChecks.finite("partition_parameters[" + key + "]", value);
    }
}
