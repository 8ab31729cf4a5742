package org.cora.domain.features.changeassetlifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cora.domain.testing.EquipmentFixtures.ASSET;
import static org.cora.domain.testing.EquipmentFixtures.assetIn;
import static org.cora.domain.testing.FixedClock.NOW;

import java.util.List;
import org.cora.domain.asset.Asset;
import org.cora.domain.asset.AssetCannotChangeLifecycleError;
import org.cora.domain.asset.AssetEvent;
import org.cora.domain.asset.AssetEvent.AssetLifecycleChanged;
import org.cora.domain.asset.AssetEvolver;
import org.cora.domain.asset.AssetLifecycle;
import org.cora.domain.asset.AssetNotFoundError;
import org.cora.domain.asset.InvalidAssetLifecycleError;
import org.cora.domain.testing.AggregateScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChangeAssetLifecycleDeciderTest {

    private static AggregateScenario<Asset, AssetEvent> given(List<AssetEvent> history) {
        return AggregateScenario.given(AssetEvolver::fold, history);
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(textBlock = """
            Commissioned,   Active,         true
            Commissioned,   Decommissioned, true
            Commissioned,   Maintenance,    false
            Commissioned,   Commissioned,   false
            Active,         Maintenance,    true
            Active,         Decommissioned, true
            Active,         Active,         false
            Active,         Commissioned,   false
            Maintenance,    Active,         true
            Maintenance,    Decommissioned, true
            Maintenance,    Maintenance,    false
            Decommissioned, Active,         false
            Decommissioned, Decommissioned, false
            """)
    void theLifecycleFollowsItsTransitionTableAndStayingPutIsRefused(AssetLifecycle from, AssetLifecycle to,
                                                                     boolean allowed) {
        var when = given(assetIn(from)).when(s -> ChangeAssetLifecycleDecider.decide(s,
                new ChangeAssetLifecycleCommand(ASSET, to.name()), NOW));
        if (allowed) {
            assertThat(when.then(new AssetLifecycleChanged(ASSET, from, to, NOW)).lifecycle()).isEqualTo(to);
        } else {
            AssetCannotChangeLifecycleError error = when.thenRefused(AssetCannotChangeLifecycleError.class);
            assertThat(error.currentLifecycle()).isEqualTo(from);
            assertThat(error.requestedLifecycle()).isEqualTo(to);
        }
    }

    @Test
    void anUnknownAssetIsNotFoundBeforeTheLifecycleIsRead() {
        given(List.of()).when(s -> ChangeAssetLifecycleDecider.decide(s, new ChangeAssetLifecycleCommand(ASSET, "x"), NOW))
                .thenRefused(AssetNotFoundError.class);
    }

    @Test
    void anUnknownOrMiscasedLifecycleIsRefused() {
        for (String raw : new String[] {"active", "Retired", null}) {
            given(assetIn(AssetLifecycle.Active)).when(s -> ChangeAssetLifecycleDecider.decide(s,
                    new ChangeAssetLifecycleCommand(ASSET, raw), NOW)).thenRefused(InvalidAssetLifecycleError.class);
        }
    }
}
