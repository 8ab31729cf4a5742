package org.cora.domain.resolution;

import java.util.UUID;

/**
 * Finds what a pseudo-axis stands for (rule, wired constituents, calibration), from the Assets,
 * the parent Run's Plan wires and the Calibrations. Throws the named errors of resolution when it
 * cannot.
 */
@FunctionalInterface
public interface PseudoAxisResolver {

    PseudoAxis resolve(UUID pseudoAxisAssetId);

    /** For a Procedure without a parent Run: no wires, so no pseudo-axis can be resolved. */
    static PseudoAxisResolver none() {
        return assetId -> {
            throw new PartitionRuleNotFoundError(assetId, "the Procedure has no parent Run, so no Plan wires its constituents");
        };
    }
}
