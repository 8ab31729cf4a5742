package org.cora.domain.features.addassetport;

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
import org.cora.domain.asset.AssetEvent.AssetPortAdded;
import org.cora.domain.asset.AssetEvolver;
import org.cora.domain.asset.AssetLifecycle;
import org.cora.domain.asset.AssetNotFoundError;
import org.cora.domain.asset.AssetPortAlreadyExistsError;
import org.cora.domain.asset.InvalidAssetPortError;
import org.cora.domain.asset.PortSpec;
import org.cora.domain.testing.AggregateScenario;
import org.junit.jupiter.api.Test;

class AddAssetPortDeciderTest {

    private static AggregateScenario<Asset, AssetEvent> given(List<AssetEvent> history) {
        return AggregateScenario.given(AssetEvolver::fold, history);
    }

    private static AddAssetPortCommand add(String name, String direction, String signal) {
        return new AddAssetPortCommand(ASSET, new PortSpec(name, direction, signal));
    }

    @Test
    void aPortIsAddedTrimmedAndTheStateKeepsPortsSortedByName() {
        Asset state = given(assetIn(AssetLifecycle.Active, out("z", "TTL")))
                .when(s -> AddAssetPortDecider.decide(s, add(" a ", "Input", " TTL "), NOW))
                .then(new AssetPortAdded(ASSET, in("a", "TTL"), NOW));
        assertThat(state.ports()).containsExactly(in("a", "TTL"), out("z", "TTL"));
    }

    @Test
    void addingAPortOfAnExistingNameIsRefusedEvenWhenIdentical() {
        AssetPortAlreadyExistsError error = given(assetIn(AssetLifecycle.Active, in("a", "TTL")))
                .when(s -> AddAssetPortDecider.decide(s, add("a", "Input", "TTL"), NOW))
                .thenRefused(AssetPortAlreadyExistsError.class);
        assertThat(error.portName()).isEqualTo("a");
    }

    @Test
    void theOrderIsExistenceThenPortThenDecommissionedThenDuplicate() {
        given(List.of()).when(s -> AddAssetPortDecider.decide(s, add("", "x", ""), NOW))
                .thenRefused(AssetNotFoundError.class);
        given(assetIn(AssetLifecycle.Decommissioned, in("a", "TTL")))
                .when(s -> AddAssetPortDecider.decide(s, add("a", "sideways", "TTL"), NOW))
                .thenRefused(InvalidAssetPortError.class);
        given(assetIn(AssetLifecycle.Decommissioned, in("a", "TTL")))
                .when(s -> AddAssetPortDecider.decide(s, add("a", "Input", "TTL"), NOW))
                .thenRefused(AssetDecommissionedError.class);
    }
}
