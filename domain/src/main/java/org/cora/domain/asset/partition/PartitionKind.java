package org.cora.domain.asset.partition;

/** How a CompositePartition shares a command among its constituents. Wire names are the constant names. */
public enum PartitionKind {
    CoarseFirstFill, FineCenteredKeep, ProportionalFill, ConcentricSymmetric
}
