package org.cora.domain.resolution;

import java.util.UUID;
import org.cora.domain.shared.DomainError;

/** The asset commanded as a pseudo-axis has no partition rule, or nothing wires its constituents. */
public final class PartitionRuleNotFoundError extends DomainError {

    private final UUID assetId;

    public PartitionRuleNotFoundError(UUID assetId, String why) {
        super("Asset " + assetId + " cannot be commanded as a pseudo-axis: " + why);
        this.assetId = assetId;
    }

    public UUID assetId() {
        return assetId;
    }
}
