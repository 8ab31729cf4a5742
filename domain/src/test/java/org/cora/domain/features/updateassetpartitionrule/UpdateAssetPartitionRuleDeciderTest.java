package org.cora.domain.features.updateassetpartitionrule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cora.domain.testing.EquipmentFixtures.ASSET;
import static org.cora.domain.testing.EquipmentFixtures.assetIn;
import static org.cora.domain.testing.EquipmentFixtures.json;
import static org.cora.domain.testing.EquipmentFixtures.ruled;
import static org.cora.domain.testing.FixedClock.NOW;

import java.util.ArrayList;
import java.util.List;
import org.cora.domain.asset.Asset;
import org.cora.domain.asset.AssetDecommissionedError;
import org.cora.domain.asset.AssetEvent;
import org.cora.domain.asset.AssetEvent.AssetPartitionRuleUpdated;
import org.cora.domain.asset.AssetEvolver;
import org.cora.domain.asset.AssetLifecycle;
import org.cora.domain.asset.AssetNotFoundError;
import org.cora.domain.asset.partition.InvalidPartitionRuleError;
import org.cora.domain.json.Json;
import org.cora.domain.testing.AggregateScenario;
import org.junit.jupiter.api.Test;

class UpdateAssetPartitionRuleDeciderTest {

    private static final String AFFINE =
            "{\"kind\":\"Affine\",\"gain\":2,\"offset\":0.5,\"unit_in\":\"keV\",\"unit_out\":\"mm\"}";

    private static AggregateScenario<Asset, AssetEvent> given(List<AssetEvent> history) {
        return AggregateScenario.given(AssetEvolver::fold, history);
    }

    private static UpdateAssetPartitionRuleCommand update(Json.Obj rule) {
        return new UpdateAssetPartitionRuleCommand(ASSET, rule);
    }

    private static List<AssetEvent> ruledWith(String rule) {
        List<AssetEvent> history = new ArrayList<>(assetIn(AssetLifecycle.Active));
        history.add(ruled(ASSET, rule));
        return history;
    }

    @Test
    void settingARuleMakesTheAssetAPseudoAxis() {
        Asset state = given(assetIn(AssetLifecycle.Active))
                .when(s -> UpdateAssetPartitionRuleDecider.decide(s, update(json(AFFINE)), NOW))
                .then(new AssetPartitionRuleUpdated(ASSET, json(AFFINE), NOW));
        assertThat(state.isPseudoAxis()).isTrue();
        assertThat(state.partitionRule()).isEqualTo(json(AFFINE));
    }

    @Test
    void anIdenticalRuleEmitsNothingEvenWithItsKeysInAnotherOrder() {
        given(ruledWith(AFFINE))
                .when(s -> UpdateAssetPartitionRuleDecider.decide(s, update(json(
                        "{\"unit_out\":\"mm\",\"offset\":0.50,\"gain\":2.0,\"unit_in\":\"keV\",\"kind\":\"Affine\"}")), NOW))
                .then();
    }

    @Test
    void aChangedRuleAndAClearedRuleAreEachOneEvent() {
        String lookup = "{\"kind\":\"Aggregation\",\"aggregator_kind\":\"Sum\",\"constituent_count\":2}";
        given(ruledWith(AFFINE)).when(s -> UpdateAssetPartitionRuleDecider.decide(s, update(json(lookup)), NOW))
                .then(new AssetPartitionRuleUpdated(ASSET, json(lookup), NOW));
        Asset cleared = given(ruledWith(AFFINE)).when(s -> UpdateAssetPartitionRuleDecider.decide(s, update(null), NOW))
                .then(new AssetPartitionRuleUpdated(ASSET, null, NOW));
        assertThat(cleared.isPseudoAxis()).isFalse();
    }

    @Test
    void clearingAnAbsentRuleEmitsNothing() {
        given(assetIn(AssetLifecycle.Active)).when(s -> UpdateAssetPartitionRuleDecider.decide(s, update(null), NOW)).then();
    }

    @Test
    void aRuleThatIsNoneOfTheFiveKindsIsRefused() {
        for (String rule : List.of("{}", "{\"kind\":3}", "{\"kind\":\" \"}")) {
            given(assetIn(AssetLifecycle.Active)).when(s -> UpdateAssetPartitionRuleDecider.decide(s, update(json(rule)), NOW))
                    .thenRefused(InvalidPartitionRuleError.class);
        }
    }

    @Test
    void theOrderIsExistenceThenRuleThenDecommissioned() {
        given(List.of()).when(s -> UpdateAssetPartitionRuleDecider.decide(s, update(json("{}")), NOW))
                .thenRefused(AssetNotFoundError.class);
        given(assetIn(AssetLifecycle.Decommissioned)).when(s -> UpdateAssetPartitionRuleDecider.decide(s, update(json("{}")), NOW))
                .thenRefused(InvalidPartitionRuleError.class);
        given(assetIn(AssetLifecycle.Decommissioned)).when(s -> UpdateAssetPartitionRuleDecider.decide(s, update(json(AFFINE)), NOW))
                .thenRefused(AssetDecommissionedError.class);
        given(assetIn(AssetLifecycle.Decommissioned)).when(s -> UpdateAssetPartitionRuleDecider.decide(s, update(null), NOW))
                .thenRefused(AssetDecommissionedError.class);
    }
}
