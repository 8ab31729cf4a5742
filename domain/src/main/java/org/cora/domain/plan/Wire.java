package org.cora.domain.plan;

import java.util.Objects;
import java.util.UUID;
import org.cora.domain.asset.AssetPort;
import org.cora.domain.shared.BoundedText;

/** A directed port-to-port connection on a Plan; the 4-tuple is its identity. Port names are trimmed 1..100. */
public record Wire(UUID sourceAssetId, String sourcePortName, UUID targetAssetId, String targetPortName) {

    public Wire {
        Objects.requireNonNull(sourceAssetId, "sourceAssetId");
        Objects.requireNonNull(sourcePortName, "sourcePortName");
        Objects.requireNonNull(targetAssetId, "targetAssetId");
        Objects.requireNonNull(targetPortName, "targetPortName");
    }

    /** Validates the ids, then the source and target port names; {@link InvalidPlanWireError} otherwise. */
    public static Wire of(UUID sourceAssetId, String sourcePortName, UUID targetAssetId, String targetPortName) {
        if (sourceAssetId == null || targetAssetId == null) {
            throw new InvalidPlanWireError("source_asset_id and target_asset_id are required");
        }
        return new Wire(sourceAssetId, portName("source_port_name", sourcePortName), targetAssetId,
                portName("target_port_name", targetPortName));
    }

    private static String portName(String key, String raw) {
        return BoundedText.trimmed(raw, AssetPort.NAME_MAX).orElseThrow(() -> new InvalidPlanWireError(
                key + " must be 1.." + AssetPort.NAME_MAX + " characters after trimming, got " + BoundedText.describe(raw)));
    }

    @Override
    public String toString() {
        return sourceAssetId + "/" + sourcePortName + " -> " + targetAssetId + "/" + targetPortName;
    }
}
