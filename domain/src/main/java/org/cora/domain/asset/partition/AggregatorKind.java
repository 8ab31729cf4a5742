package org.cora.domain.asset.partition;

/** How constituent readbacks fold into one virtual value, and how Aggregation splits a command. Wire names are the constant names. */
public enum AggregatorKind {
    Sum, Difference, MidRange, Product
}
