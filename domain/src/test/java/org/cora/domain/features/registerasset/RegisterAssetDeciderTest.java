package org.cora.domain.features.registerasset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cora.domain.testing.EquipmentFixtures.ASSET;
import static org.cora.domain.testing.EquipmentFixtures.assetIn;
import static org.cora.domain.testing.EquipmentFixtures.in;
import static org.cora.domain.testing.EquipmentFixtures.out;
import static org.cora.domain.testing.FixedClock.NOW;

import java.util.List;
import org.cora.domain.asset.Asset;
import org.cora.domain.asset.AssetAlreadyExistsError;
import org.cora.domain.asset.AssetEvent;
import org.cora.domain.asset.AssetEvent.AssetRegistered;
import org.cora.domain.asset.AssetEvolver;
import org.cora.domain.asset.AssetLifecycle;
import org.cora.domain.asset.InvalidAssetNameError;
import org.cora.domain.asset.InvalidAssetPortError;
import org.cora.domain.asset.PortSpec;
import org.cora.domain.testing.AggregateScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegisterAssetDeciderTest {

    private static AggregateScenario<Asset, AssetEvent> given(List<AssetEvent> history) {
        return AggregateScenario.given(AssetEvolver::fold, history);
    }

    private static RegisterAssetCommand command(String name, PortSpec... ports) {
        return new RegisterAssetCommand(name, List.of(ports));
    }

    @Test
    void aNewAssetIsCommissionedWithItsTrimmedNameAndPortsSortedByName() {
        Asset state = given(List.of())
                .when(s -> RegisterAssetDecider.decide(s, command("  dcm bragg ", new PortSpec(" out ", "Output", " Encoder "),
                        new PortSpec("in", "Input", "TTL")), ASSET, NOW))
                .then(new AssetRegistered(ASSET, "dcm bragg", List.of(in("in", "TTL"), out("out", "Encoder")), NOW));

        assertThat(state.lifecycle()).isEqualTo(AssetLifecycle.Commissioned);
        assertThat(state.partitionRule()).isNull();
        assertThat(state.controlBinding()).isNull();
    }

    @Test
    void theNameIsCheckedFirstThenThePortsThenTheStream() {
        given(assetIn(AssetLifecycle.Active))
                .when(s -> RegisterAssetDecider.decide(s, command(" ", new PortSpec("", "Up", "")), ASSET, NOW))
                .thenRefused(InvalidAssetNameError.class);
        given(assetIn(AssetLifecycle.Active))
                .when(s -> RegisterAssetDecider.decide(s, command("x", new PortSpec("", "Input", "TTL")), ASSET, NOW))
                .thenRefused(InvalidAssetPortError.class);
        given(assetIn(AssetLifecycle.Active))
                .when(s -> RegisterAssetDecider.decide(s, command("x"), ASSET, NOW))
                .thenRefused(AssetAlreadyExistsError.class);
    }

    @Test
    void twoPortsOfOneNameAreRefused() {
        InvalidAssetPortError error = given(List.of())
                .when(s -> RegisterAssetDecider.decide(s, command("x", new PortSpec("a", "Input", "TTL"),
                        new PortSpec(" a", "Output", "TTL")), ASSET, NOW))
                .thenRefused(InvalidAssetPortError.class);
        assertThat(error).hasMessageContaining("two ports are named 'a'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            NULL  | Input  | TTL   | name must be 1..100
            a     | input  | TTL   | direction must be Input or Output
            a     | NULL   | TTL   | direction must be Input or Output
            a     | Output | '  '  | signal_type must be 1..50
            """)
    void anInvalidPortIsRefusedNamingWhatIsWrong(String name, String direction, String signalType, String message) {
        InvalidAssetPortError error = given(List.of())
                .when(s -> RegisterAssetDecider.decide(s, command("x", new PortSpec(name, direction, signalType)), ASSET, NOW))
                .thenRefused(InvalidAssetPortError.class);
        assertThat(error).hasMessageContaining(message);
    }

    @Test
    void boundsAreInclusive() {
        String name = "n".repeat(200);
        String port = "p".repeat(100);
        String signal = "s".repeat(50);
        given(List.of()).when(s -> RegisterAssetDecider.decide(s, command(name, new PortSpec(port, "Input", signal)), ASSET, NOW))
                .then(new AssetRegistered(ASSET, name, List.of(in(port, signal)), NOW));
        given(List.of()).when(s -> RegisterAssetDecider.decide(s, command(name + "n"), ASSET, NOW))
                .thenRefused(InvalidAssetNameError.class);
        given(List.of()).when(s -> RegisterAssetDecider.decide(s, command("x", new PortSpec(port + "p", "Input", "s")), ASSET, NOW))
                .thenRefused(InvalidAssetPortError.class);
        given(List.of()).when(s -> RegisterAssetDecider.decide(s, command("x", new PortSpec("p", "Input", signal + "s")), ASSET, NOW))
                .thenRefused(InvalidAssetPortError.class);
    }
}
