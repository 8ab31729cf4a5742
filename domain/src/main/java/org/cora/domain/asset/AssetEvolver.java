package org.cora.domain.asset;

import java.util.ArrayList;
import java.util.List;
import org.cora.domain.asset.AssetEvent.AssetControlBound;
import org.cora.domain.asset.AssetEvent.AssetLifecycleChanged;
import org.cora.domain.asset.AssetEvent.AssetPartitionRuleUpdated;
import org.cora.domain.asset.AssetEvent.AssetPortAdded;
import org.cora.domain.asset.AssetEvent.AssetPortRemoved;
import org.cora.domain.asset.AssetEvent.AssetRegistered;

/** Folds Asset events into state. */
public final class AssetEvolver {

    private AssetEvolver() {
    }

    /** The state after {@code events}, or null for an empty stream. */
    public static Asset fold(List<AssetEvent> events) {
        Asset state = null;
        for (AssetEvent event : events) {
            state = evolve(state, event);
        }
        return state;
    }

    public static Asset evolve(Asset state, AssetEvent event) {
        if (event instanceof AssetRegistered r) {
            return new Asset(r.assetId(), r.name(), AssetLifecycle.Commissioned, r.ports(), null, null);
        }
        if (state == null) {
            throw new MalformedAssetEventError(event.eventType(), "it comes before AssetRegistered on stream "
                    + event.assetId());
        }
        return switch (event) {
            case AssetRegistered r -> throw new IllegalStateException("handled above");
            case AssetPortAdded a -> state.withPorts(plus(state.ports(), a.port()));
            case AssetPortRemoved r -> state.withPorts(state.ports().stream()
                    .filter(p -> !p.name().equals(r.portName())).toList());
            case AssetLifecycleChanged c -> state.withLifecycle(c.to());
            case AssetPartitionRuleUpdated u -> state.withPartitionRule(u.partitionRule());
            case AssetControlBound b -> state.withControlBinding(b.binding());
        };
    }

    private static List<AssetPort> plus(List<AssetPort> ports, AssetPort port) {
        List<AssetPort> next = new ArrayList<>(ports);
        next.add(port);
        return next;
    }
}
