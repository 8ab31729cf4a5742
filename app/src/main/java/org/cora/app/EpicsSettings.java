package org.cora.app;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.cora.adapters.hardware.epics.ca.EpicsCaSettings;
import org.cora.adapters.hardware.epics.pva.EpicsPvaSettings;
import org.springframework.core.env.Environment;

/**
 * The EPICS client settings of a deployment: the site's {@code EPICS_CA_*} and {@code EPICS_PVA_*}
 * environment first, as every EPICS client reads it, then any {@code cora.epics.ca.*} or
 * {@code cora.epics.pva.*} property on top (see
 * docs/HARDWARE.md).
 */
final class EpicsSettings {

    private EpicsSettings() {
    }

    static EpicsCaSettings channelAccess(Environment properties, Map<String, String> environment) {
        EpicsCaSettings settings = EpicsCaSettings.fromEnvironment(environment);
        String addressList = properties.getProperty("cora.epics.ca.addr-list");
        Boolean auto = properties.getProperty("cora.epics.ca.auto-addr-list", Boolean.class);
        if (addressList != null || auto != null) {
            settings = settings.withAddressList(addressList == null ? settings.addressList() : words(addressList),
                    auto == null ? settings.autoAddressList() : auto);
        }
        settings = settings.withPorts(
                properties.getProperty("cora.epics.ca.server-port", Integer.class, settings.serverPort()),
                properties.getProperty("cora.epics.ca.repeater-port", Integer.class, settings.repeaterPort()));
        return settings.withTimeouts(
                properties.getProperty("cora.epics.ca.connect-timeout", Duration.class, settings.connectTimeout()),
                properties.getProperty("cora.epics.ca.read-timeout", Duration.class, settings.readTimeout()));
    }

    static EpicsPvaSettings pvAccess(Environment properties, Map<String, String> environment) {
        EpicsPvaSettings settings = EpicsPvaSettings.fromEnvironment(environment);
        String addressList = properties.getProperty("cora.epics.pva.addr-list");
        String nameServers = properties.getProperty("cora.epics.pva.name-servers");
        return new EpicsPvaSettings(
                addressList == null ? settings.addressList() : words(addressList),
                properties.getProperty("cora.epics.pva.auto-addr-list", Boolean.class, settings.autoAddressList()),
                nameServers == null ? settings.nameServers() : words(nameServers),
                properties.getProperty("cora.epics.pva.broadcast-port", Integer.class, settings.broadcastPort()),
                properties.getProperty("cora.epics.pva.server-port", Integer.class, settings.serverPort()),
                properties.getProperty("cora.epics.pva.connect-timeout", Duration.class, settings.connectionTimeout()),
                properties.getProperty("cora.epics.pva.read-timeout", Duration.class, settings.readTimeout()));
    }

    private static List<String> words(String list) {
        return list.isBlank() ? List.of() : Arrays.asList(list.trim().split("[\\s,]+"));
    }
}
