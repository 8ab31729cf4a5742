package org.cora.adapters.hardware.epics.pva;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EpicsPvaSettingsTest {

    @Test
    void without_epics_variables_the_settings_are_epics_defaults() {
        EpicsPvaSettings settings = EpicsPvaSettings.fromEnvironment(Map.of());

        assertThat(settings).isEqualTo(EpicsPvaSettings.defaults());
        assertThat(settings.addressList()).isEmpty();
        assertThat(settings.autoAddressList()).isTrue();
        assertThat(settings.broadcastPort()).isEqualTo(5076);
        assertThat(settings.serverPort()).isEqualTo(5075);
        assertThat(settings.connectionTimeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void the_standard_epics_variables_set_the_search() {
        EpicsPvaSettings settings = EpicsPvaSettings.fromEnvironment(Map.of(
                "EPICS_PVA_ADDR_LIST", " 10.0.0.255  ioc1:5099 ",
                "EPICS_PVA_AUTO_ADDR_LIST", "NO",
                "EPICS_PVA_NAME_SERVERS", "gateway",
                "EPICS_PVA_BROADCAST_PORT", "5176",
                "EPICS_PVA_SERVER_PORT", "5175"));

        assertThat(settings.addressList()).containsExactly("10.0.0.255", "ioc1:5099");
        assertThat(settings.autoAddressList()).isFalse();
        assertThat(settings.nameServers()).containsExactly("gateway");
        assertThat(settings.broadcastPort()).isEqualTo(5176);
        assertThat(settings.serverPort()).isEqualTo(5175);
    }

    @Test
    void ports_and_timeouts_out_of_range_are_refused() {
        EpicsPvaSettings defaults = EpicsPvaSettings.defaults();

        assertThatThrownBy(() -> new EpicsPvaSettings(List.of(), true, List.of(), 0, 5075, Duration.ofSeconds(1),
                Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withConnectionTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
