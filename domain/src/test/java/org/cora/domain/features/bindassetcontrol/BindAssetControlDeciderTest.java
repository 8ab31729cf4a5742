package org.cora.domain.features.bindassetcontrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cora.domain.testing.EquipmentFixtures.ASSET;
import static org.cora.domain.testing.EquipmentFixtures.assetIn;
import static org.cora.domain.testing.FixedClock.NOW;

import java.util.ArrayList;
import java.util.List;
import org.cora.domain.asset.Asset;
import org.cora.domain.asset.AssetDecommissionedError;
import org.cora.domain.asset.AssetEvent;
import org.cora.domain.asset.AssetEvent.AssetControlBound;
import org.cora.domain.asset.AssetEvolver;
import org.cora.domain.asset.AssetLifecycle;
import org.cora.domain.asset.AssetNotFoundError;
import org.cora.domain.asset.ControlBinding;
import org.cora.domain.asset.InvalidAssetControlBindingError;
import org.cora.domain.testing.AggregateScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BindAssetControlDeciderTest {

    private static AggregateScenario<Asset, AssetEvent> given(List<AssetEvent> history) {
        return AggregateScenario.given(AssetEvolver::fold, history);
    }

    private static BindAssetControlCommand bind(String setpoint, String readback) {
        return new BindAssetControlCommand(ASSET, setpoint, readback);
    }

    @Test
    void aBindingNamesTheRealSetpointAndReadbackAddresses() {
        Asset state = given(assetIn(AssetLifecycle.Active))
                .when(s -> BindAssetControlDecider.decide(s, bind(" sim:m1 ", "sim:m1.RBV"), NOW))
                .then(new AssetControlBound(ASSET, new ControlBinding("sim:m1", "sim:m1.RBV"), NOW));
        assertThat(state.controlBinding().setpointAddress()).isEqualTo("sim:m1");
    }

    @Test
    void theReadbackIsOptionalAndRebindingIdenticallyEmitsNothing() {
        List<AssetEvent> history = new ArrayList<>(assetIn(AssetLifecycle.Active));
        history.add(new AssetControlBound(ASSET, new ControlBinding("sim:m1", null), NOW));
        given(history).when(s -> BindAssetControlDecider.decide(s, bind("sim:m1", null), NOW)).then();
        given(history).when(s -> BindAssetControlDecider.decide(s, bind("sim:m2", null), NOW))
                .then(new AssetControlBound(ASSET, new ControlBinding("sim:m2", null), NOW));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            NULL                  | NULL     | setpoint_address must be 1..200
            '  '                  | NULL     | setpoint_address must be 1..200
            sim:m 1               | NULL     | must not contain whitespace
            pseudoaxis://abc      | NULL     | must be a real control address
            sim:m1                | ' '      | readback_address must be 1..200
            """)
    void anInvalidAddressIsRefused(String setpoint, String readback, String message) {
        InvalidAssetControlBindingError error = given(assetIn(AssetLifecycle.Active))
                .when(s -> BindAssetControlDecider.decide(s, bind(setpoint, readback), NOW))
                .thenRefused(InvalidAssetControlBindingError.class);
        assertThat(error).hasMessageContaining(message);
    }

    @Test
    void theOrderIsExistenceThenAddressesThenDecommissioned() {
        given(List.of()).when(s -> BindAssetControlDecider.decide(s, bind(null, null), NOW))
                .thenRefused(AssetNotFoundError.class);
        given(assetIn(AssetLifecycle.Decommissioned)).when(s -> BindAssetControlDecider.decide(s, bind(null, null), NOW))
                .thenRefused(InvalidAssetControlBindingError.class);
        given(assetIn(AssetLifecycle.Decommissioned)).when(s -> BindAssetControlDecider.decide(s, bind("sim:m1", null), NOW))
                .thenRefused(AssetDecommissionedError.class);
    }
}
