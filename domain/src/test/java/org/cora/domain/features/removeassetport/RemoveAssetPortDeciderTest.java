package org.cora.domain.features.removeassetport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cora.domain.testing.EquipmentFixtures.ASSET;
import static org.cora.domain.testing.EquipmentFixtures.assetIn;
import static org.cora.domain.testing.EquipmentFixtures.in;
import static org.cora.domain.testing.EquipmentFixtures.out;
import static org.cora.domain.testing.FixedClock.NOW;

import java.util.List;
import org.cora.domain.asset.Asset;
import org.cora.domain.asset.AssetDecommissionedError;
import org.cora.domain.asset.AssetEvent;
import org.cora.domain.asset.AssetEvent.AssetPortRemoved;
import org.cora.domain.asset.AssetEvolver;
import org.cora.domain.asset.AssetLifecycle;
import org.cora.domain.asset.AssetNotFoundError;
import org.cora.domain.asset.AssetPortNotFoundError;
import org.cora.domain.asset.InvalidAssetPortError;
import org.cora.domain.testing.AggregateScenario;
import org.junit.jupiter.api.Test;

class RemoveAssetPortDeciderTest {

    private static AggregateScenario<Asset, AssetEvent> given(List<AssetEvent> history) {
        return AggregateScenario.given(AssetEvolver::fold, history);
    }

    @Test
    void aPortIsRemovedByItsTrimmedName() {
        Asset state = given(assetIn(AssetLifecycle.Maintenance, in("a", "TTL"), out("b", "TTL")))
                .when(s -> RemoveAssetPortDecider.decide(s, new RemoveAssetPortCommand(ASSET, " a "), NOW))
                .then(new AssetPortRemoved(ASSET, "a", NOW));
        assertThat(state.ports()).containsExactly(out("b", "TTL"));
    }

    @Test
    void removingAnAbsentPortIsRefusedSoRemovingTwiceIsRefused() {
        List<AssetEvent> history = new java.util.ArrayList<>(assetIn(AssetLifecycle.Active, in("a", "TTL")));
        history.add(new AssetPortRemoved(ASSET, "a", NOW));
        given(history).when(s -> RemoveAssetPortDecider.decide(s, new RemoveAssetPortCommand(ASSET, "a"), NOW))
                .thenRefused(AssetPortNotFoundError.class);
    }

    @Test
    void theOrderIsExistenceThenNameThenDecommissionedThenPresence() {
        given(List.of()).when(s -> RemoveAssetPortDecider.decide(s, new RemoveAssetPortCommand(ASSET, " "), NOW))
                .thenRefused(AssetNotFoundError.class);
        given(assetIn(AssetLifecycle.Decommissioned)).when(s -> RemoveAssetPortDecider.decide(s,
                new RemoveAssetPortCommand(ASSET, " "), NOW)).thenRefused(InvalidAssetPortError.class);
        given(assetIn(AssetLifecycle.Decommissioned)).when(s -> RemoveAssetPortDecider.decide(s,
                new RemoveAssetPortCommand(ASSET, "ghost"), NOW)).thenRefused(AssetDecommissionedError.class);
    }
}
