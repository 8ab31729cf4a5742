package org.cora.adapters.hardware.epics.ca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EpicsCaSettingsTest {

    @Test
    void the_defaults_are_epics_own_and_fork_no_repeater() {
        EpicsCaSettings defaults = EpicsCaSettings.defaults();

        assertThat(defaults.addressList()).isEmpty();
        assertThat(defaults.autoAddressList()).isTrue();
        assertThat(defaults.serverPort()).isEqualTo(5064);
        assertThat(defaults.repeaterPort()).isEqualTo(5065);
        assertThat(defaults.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(defaults.readTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(defaults.startRepeater()).isFalse();
        assertThat(defaults.maxArrayBytes()).isEqualTo(16384);
    }

    @Test
    void loopback_searches_127_0_0_1_only() {
        EpicsCaSettings loopback = EpicsCaSettings.loopback(6000, 6001);

        assertThat(loopback.addressList()).containsExactly("127.0.0.1");
        assertThat(loopback.autoAddressList()).isFalse();
        assertThat(loopback.serverPort()).isEqualTo(6000);
        assertThat(loopback.repeaterPort()).isEqualTo(6001);
    }

    @Test
    void the_environment_is_read_as_libca_reads_it() {
        EpicsCaSettings settings = EpicsCaSettings.fromEnvironment(Map.of(
                "EPICS_CA_ADDR_LIST", " 10.0.0.255  ioc1:5070 ",
                "EPICS_CA_AUTO_ADDR_LIST", "no",
                "EPICS_CA_SERVER_PORT", "5070",
                "EPICS_CA_REPEATER_PORT", "5071",
                "EPICS_CA_MAX_ARRAY_BYTES", "1000000"));

        assertThat(settings.addressList()).isEqualTo(List.of("10.0.0.255", "ioc1:5070"));
        assertThat(settings.autoAddressList()).isFalse();
        assertThat(settings.serverPort()).isEqualTo(5070);
        assertThat(settings.repeaterPort()).isEqualTo(5071);
        assertThat(settings.maxArrayBytes()).isEqualTo(1_000_000);
        assertThat(EpicsCaSettings.fromEnvironment(Map.of())).isEqualTo(EpicsCaSettings.defaults());
        assertThat(EpicsCaSettings.fromEnvironment(Map.of("EPICS_CA_AUTO_ADDR_LIST", "YES")).autoAddressList())
                .isTrue();
    }

    @Test
    void nonsense_is_refused() {
        assertThatThrownBy(() -> EpicsCaSettings.fromEnvironment(Map.of("EPICS_CA_SERVER_PORT", "five")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EpicsCaSettings.defaults().withPorts(0, 5065))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EpicsCaSettings.defaults().withTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EpicsCaSettings.defaults().withAddressList(List.of("a b"), false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
