package org.cora.domain.asset;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.cora.domain.json.Json;
import org.cora.domain.shared.AggregateEvent;

/** Everything that can happen to an Asset. The record name is the stored {@code event_type}. */
public sealed interface AssetEvent extends AggregateEvent {

    String STREAM_TYPE = "Asset";

    AssetId assetId();

    /** Genesis: Commissioned, with its ports sorted by name. */
    record AssetRegistered(AssetId assetId, String name, List<AssetPort> ports, Instant occurredAt)
            implements AssetEvent {
        public AssetRegistered {
            ports = ports.stream().sorted(Comparator.comparing(AssetPort::name)).toList();
        }
    }

    record AssetPortAdded(AssetId assetId, AssetPort port, Instant occurredAt) implements AssetEvent {
    }

    record AssetPortRemoved(AssetId assetId, String portName, Instant occurredAt) implements AssetEvent {
    }

    record AssetLifecycleChanged(AssetId assetId, AssetLifecycle from, AssetLifecycle to, Instant occurredAt)
            implements AssetEvent {
    }

    /** One event sets, changes and clears the rule ({@code partitionRule} null). */
    record AssetPartitionRuleUpdated(AssetId assetId, Json.Obj partitionRule, Instant occurredAt)
            implements AssetEvent {
    }

    record AssetControlBound(AssetId assetId, ControlBinding binding, Instant occurredAt) implements AssetEvent {
    }
}
