package org.cora.domain.features.updateassetpartitionrule;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.cora.domain.asset.Asset;
import org.cora.domain.asset.AssetDecommissionedError;
import org.cora.domain.asset.AssetEvent;
import org.cora.domain.asset.AssetEvent.AssetPartitionRuleUpdated;
import org.cora.domain.asset.AssetNotFoundError;
import org.cora.domain.asset.partition.PartitionRuleCodec;
import org.cora.domain.json.Json;

/**
 * Invariants, in order: the Asset exists; the rule is null (cleared) or one of the five partition
 * rule kinds, valid on construction ({@code InvalidPartitionRuleError} names the field); the
 * Asset is not Decommissioned. The rule is stored in its normalised wire form, so resubmitting
 * the rule the Asset already has emits nothing; otherwise one {@code AssetPartitionRuleUpdated}.
 */
public final class UpdateAssetPartitionRuleDecider {

    private UpdateAssetPartitionRuleDecider() {
    }

    public static List<AssetEvent> decide(Asset state, UpdateAssetPartitionRuleCommand command, Instant now) {
        if (state == null) {
            throw new AssetNotFoundError(command.assetId());
        }
        Json.Obj rule = command.partitionRule() == null ? null
                : PartitionRuleCodec.toPayload(PartitionRuleCodec.fromPayload(command.partitionRule(), "partition_rule"));
        if (state.isDecommissioned()) {
            throw new AssetDecommissionedError(state.id(), "update its partition rule");
        }
        if (Objects.equals(state.partitionRule(), rule)) {
            return List.of();
        }
        return List.of(new AssetPartitionRuleUpdated(state.id(), rule, now));
    }
}
