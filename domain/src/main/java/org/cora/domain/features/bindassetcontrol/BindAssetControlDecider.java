package org.cora.domain.features.bindassetcontrol;

import java.time.Instant;
import java.util.List;
import org.cora.domain.asset.Asset;
import org.cora.domain.asset.AssetDecommissionedError;
import org.cora.domain.asset.AssetEvent;
import org.cora.domain.asset.AssetEvent.AssetControlBound;
import org.cora.domain.asset.AssetNotFoundError;
import org.cora.domain.asset.ControlBinding;

/**
 * Invariants, in order: the Asset exists; the addresses are valid (setpoint, then readback); the
 * Asset is not Decommissioned. Rebinding to the same addresses emits nothing, like an identical
 * partition rule; otherwise one {@code AssetControlBound} replaces the binding.
 */
public final class BindAssetControlDecider {

    private BindAssetControlDecider() {
    }

    public static List<AssetEvent> decide(Asset state, BindAssetControlCommand command, Instant now) {
        if (state == null) {
            throw new AssetNotFoundError(command.assetId());
        }
        ControlBinding binding = ControlBinding.of(command.setpointAddress(), command.readbackAddress());
        if (state.isDecommissioned()) {
            throw new AssetDecommissionedError(state.id(), "bind its control addresses");
        }
        if (binding.equals(state.controlBinding())) {
            return List.of();
        }
        return List.of(new AssetControlBound(state.id(), binding, now));
    }
}
