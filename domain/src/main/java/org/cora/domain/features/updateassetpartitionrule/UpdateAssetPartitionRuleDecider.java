package org.cora.domain.features.updateassetpartitionrule;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.cora.domain.asset.Asset;
import org.cora.domain.asset.AssetDecommissionedError;
import org.cora.domain.asset.AssetEvent;
import org.cora.domain.asset.AssetEvent.AssetPartitionRuleUpdated;
import org.cora.domain.asset.AssetNotFoundError;
import org.cora.domain.asset.InvalidAssetPartitionRuleError;
import org.cora.domain.json.Json;

/**
 * Invariants, in order: the Asset exists; the rule is null or an object with a non-blank string
 * {@code kind} (the typed partition rule validates the rest once it lands); the Asset is not
 * Decommissioned. Resubmitting the rule the Asset already has emits nothing; otherwise one
 * {@code AssetPartitionRuleUpdated}.
 */
public final class UpdateAssetPartitionRuleDecider {

    private UpdateAssetPartitionRuleDecider() {
    }

    public static List<AssetEvent> decide(Asset state, UpdateAssetPartitionRuleCommand command, Instant now) {
        if (state == null) {
            throw new AssetNotFoundError(command.assetId());
        }
        Json.Obj rule = command.partitionRule();
        if (rule != null && !(rule.get("kind").orElse(null) instanceof Json.Str kind && !kind.value().isBlank())) {
            throw new InvalidAssetPartitionRuleError("it must be an object with a string 'kind', got " + rule.toJsonText());
        }
        if (state.isDecommissioned()) {
            throw new AssetDecommissionedError(state.id(), "update its partition rule");
        }
        if (Objects.equals(state.partitionRule(), rule)) {
            return List.of();
        }
        return List.of(new AssetPartitionRuleUpdated(state.id(), rule, now));
    }
}
