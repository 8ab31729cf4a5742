package org.cora.adapters.hardware.epics.pva;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How an {@link EpicsPvaControlPort} finds and waits for pvAccess servers.
 *
 * <p>The first five are the standard EPICS variables, handed to core-pva for this port's client
 * only (see {@link #fromEnvironment}); the timeouts are Cora's.
 *
 * @param addressList       {@code EPICS_PVA_ADDR_LIST}: hosts (or {@code host:port}) that name
 *                          searches go to by UDP; default empty
 * @param autoAddressList   {@code EPICS_PVA_AUTO_ADDR_LIST}: also search on every local IPv4
 *                          broadcast address; default true. Set it false whenever the address
 *                          list is set, as EPICS advises
 * @param nameServers       {@code EPICS_PVA_NAME_SERVERS}: hosts (or {@code host:port}) searched
 *                          over TCP instead of UDP, e.g. a pvAccess gateway; default empty
 * @param broadcastPort     {@code EPICS_PVA_BROADCAST_PORT}: the UDP port of searches that name no
 *                          port; default 5076
 * @param serverPort        {@code EPICS_PVA_SERVER_PORT}: the TCP port of name servers that name
 *                          no port; default 5075
 * @param connectionTimeout how long a call waits for its channel to connect before it fails with
 *                          {@code ControlNotConnectedError}; default 5 s
 * @param readTimeout       how long a read (and the type lookup before a first write) waits for
 *                          the server's answer once connected before it fails with
 *                          {@code ControlTimeoutError}; default 5 s. A write's own timeout is the
 *                          caller's.
 */
public record EpicsPvaSettings(List<String> addressList, boolean autoAddressList, List<String> nameServers,
                               int broadcastPort, int serverPort, Duration connectionTimeout,
                               Duration readTimeout) {

    public static final int DEFAULT_BROADCAST_PORT = 5076;
    public static final int DEFAULT_SERVER_PORT = 5075;
    public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(5);

    public EpicsPvaSettings {
        addressList = List.copyOf(addressList);
        nameServers = List.copyOf(nameServers);
        requirePort(broadcastPort, "broadcastPort");
        requirePort(serverPort, "serverPort");
        requirePositive(connectionTimeout, "connectionTimeout");
        requirePositive(readTimeout, "readTimeout");
    }

    /** EPICS's own defaults: search by broadcast on the standard ports. */
    public static EpicsPvaSettings defaults() {
        return new EpicsPvaSettings(List.of(), true, List.of(), DEFAULT_BROADCAST_PORT, DEFAULT_SERVER_PORT,
                DEFAULT_CONNECTION_TIMEOUT, DEFAULT_READ_TIMEOUT);
    }

    /**
     * The settings the standard variables in {@code environment} give ({@code EPICS_PVA_ADDR_LIST},
     * {@code EPICS_PVA_AUTO_ADDR_LIST} as YES/NO, {@code EPICS_PVA_NAME_SERVERS},
     * {@code EPICS_PVA_BROADCAST_PORT}, {@code EPICS_PVA_SERVER_PORT}); the rest are defaults.
     */
    public static EpicsPvaSettings fromEnvironment(Map<String, String> environment) {
        EpicsPvaSettings defaults = defaults();
        return new EpicsPvaSettings(
                words(environment.get("EPICS_PVA_ADDR_LIST")),
                yes(environment.get("EPICS_PVA_AUTO_ADDR_LIST"), defaults.autoAddressList()),
                words(environment.get("EPICS_PVA_NAME_SERVERS")),
                port(environment.get("EPICS_PVA_BROADCAST_PORT"), defaults.broadcastPort()),
                port(environment.get("EPICS_PVA_SERVER_PORT"), defaults.serverPort()),
                defaults.connectionTimeout(), defaults.readTimeout());
    }

    /** These settings with another {@code connectionTimeout}. */
    public EpicsPvaSettings withConnectionTimeout(Duration timeout) {
        return new EpicsPvaSettings(addressList, autoAddressList, nameServers, broadcastPort, serverPort, timeout,
                readTimeout);
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.trim().split("\\s+"));
    }

    private static boolean yes(String text, boolean absent) {
        return text == null ? absent : text.trim().equalsIgnoreCase("YES") || text.trim().equalsIgnoreCase("true");
    }

    private static int port(String text, int absent) {
        return text == null || text.isBlank() ? absent : Integer.parseInt(text.trim());
    }

    private static void requirePort(int port, String name) {
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException(name + " must be a port number, was " + port);
        }
    }

    private static void requirePositive(Duration timeout, String name) {
        Objects.requireNonNull(timeout, name);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + timeout);
        }
    }
}
