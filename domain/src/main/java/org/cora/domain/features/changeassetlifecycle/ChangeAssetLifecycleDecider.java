package org.cora.domain.features.changeassetlifecycle;

import java.time.Instant;
import java.util.List;
import org.cora.domain.asset.Asset;
import org.cora.domain.asset.AssetCannotChangeLifecycleError;
import org.cora.domain.asset.AssetEvent;
import org.cora.domain.asset.AssetEvent.AssetLifecycleChanged;
import org.cora.domain.asset.AssetLifecycle;
import org.cora.domain.asset.AssetNotFoundError;

/**
 * Invariants, in order: the Asset exists; the lifecycle is one of the four; the FSM of
 * {@link AssetLifecycle} has the transition (staying put is refused). Emits {@code AssetLifecycleChanged}.
 */
public final class ChangeAssetLifecycleDecider {

    private ChangeAssetLifecycleDecider() {
    }

    public static List<AssetEvent> decide(Asset state, ChangeAssetLifecycleCommand command, Instant now) {
        if (state == null) {
            throw new AssetNotFoundError(command.assetId());
        }
        AssetLifecycle next = AssetLifecycle.parse(command.lifecycle());
        if (!state.lifecycle().canChangeTo(next)) {
            throw new AssetCannotChangeLifecycleError(state.id(), state.lifecycle(), next);
        }
        return List.of(new AssetLifecycleChanged(state.id(), state.lifecycle(), next, now));
    }
}
