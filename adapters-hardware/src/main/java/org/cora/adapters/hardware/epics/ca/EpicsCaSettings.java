package org.cora.adapters.hardware.epics.ca;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How an {@link EpicsCaControlPort} finds and talks to Channel Access servers. The port applies
 * them to its own CAJ context through the JCA configuration attributes ({@code addr_list},
 * {@code auto_addr_list}, {@code server_port}, {@code repeater_port}, {@code max_array_bytes}),
 * which override what CAJ would otherwise take from JCA system properties (or, with
 * {@code -Djca.use_env}, from the {@code EPICS_CA_*} variables); {@link #fromEnvironment} reads
 * those variables when the caller wants them.
 *
 * @param addressList     where name searches go ({@code EPICS_CA_ADDR_LIST}): host names or IPv4
 *                        addresses, each optionally {@code :port}; default none
 * @param autoAddressList also search on the broadcast address of every interface
 *                        ({@code EPICS_CA_AUTO_ADDR_LIST}); default true
 * @param serverPort      the servers' search port ({@code EPICS_CA_SERVER_PORT}); default 5064
 * @param repeaterPort    the CA repeater's port ({@code EPICS_CA_REPEATER_PORT}); default 5065
 * @param connectTimeout  how long a call waits for its channel to connect before it fails with
 *                        {@code ControlNotConnectedError}; default 5 s
 * @param readTimeout     how long a read (and the one-off fetch of enum labels) waits for its
 *                        value before {@code ControlTimeoutError}; default 5 s
 * @param startRepeater   whether to fork a repeater JVM ({@code com.cosylab.epics.caj.CARepeater})
 *                        when none answers on {@code repeaterPort}; default false, so a service
 *                        leaves no process behind. A repeater the site already runs is used either
 *                        way; without one the port still connects and reconnects, it only reacts to
 *                        a restarted server on its next search instead of on its beacon
 * @param maxArrayBytes   the largest array payload ({@code EPICS_CA_MAX_ARRAY_BYTES}); default
 *                        16384, as in EPICS
 */
public record EpicsCaSettings(List<String> addressList, boolean autoAddressList, int serverPort, int repeaterPort,
                              Duration connectTimeout, Duration readTimeout, boolean startRepeater,
                              int maxArrayBytes) {

    public static final int DEFAULT_SERVER_PORT = 5064;
    public static final int DEFAULT_REPEATER_PORT = 5065;
    public static final int DEFAULT_MAX_ARRAY_BYTES = 16384;
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(5);

    public EpicsCaSettings {
        addressList = List.copyOf(addressList);
        addressList.forEach(EpicsCaSettings::requireNoBlank);
        requirePort(serverPort, "serverPort");
        requirePort(repeaterPort, "repeaterPort");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        if (maxArrayBytes < 1) {
            throw new IllegalArgumentException("maxArrayBytes must be positive");
        }
    }

    /** EPICS's defaults: search by broadcast on every interface, standard ports, no forked repeater. */
    public static EpicsCaSettings defaults() {
        return new EpicsCaSettings(List.of(), true, DEFAULT_SERVER_PORT, DEFAULT_REPEATER_PORT,
                DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, false, DEFAULT_MAX_ARRAY_BYTES);
    }

    /** Searches 127.0.0.1 only, on {@code serverPort}: no packet leaves the host. */
    public static EpicsCaSettings loopback(int serverPort, int repeaterPort) {
        return defaults().withAddressList(List.of("127.0.0.1"), false).withPorts(serverPort, repeaterPort);
    }

    /**
     * The defaults overridden by whichever of {@code EPICS_CA_ADDR_LIST}, {@code EPICS_CA_AUTO_ADDR_LIST},
     * {@code EPICS_CA_SERVER_PORT}, {@code EPICS_CA_REPEATER_PORT} and {@code EPICS_CA_MAX_ARRAY_BYTES}
     * {@code environment} holds, read as libca reads them (the auto list is off only for {@code NO}).
     */
    public static EpicsCaSettings fromEnvironment(Map<String, String> environment) {
        EpicsCaSettings d = defaults();
        String list = environment.get("EPICS_CA_ADDR_LIST");
        String auto = environment.get("EPICS_CA_AUTO_ADDR_LIST");
        return new EpicsCaSettings(
                list == null || list.isBlank() ? d.addressList() : Arrays.asList(list.trim().split("\\s+")),
                auto == null ? d.autoAddressList() : !auto.trim().equalsIgnoreCase("NO"),
                integer(environment, "EPICS_CA_SERVER_PORT", d.serverPort()),
                integer(environment, "EPICS_CA_REPEATER_PORT", d.repeaterPort()),
                d.connectTimeout(), d.readTimeout(), d.startRepeater(),
                integer(environment, "EPICS_CA_MAX_ARRAY_BYTES", d.maxArrayBytes()));
    }

    public EpicsCaSettings withAddressList(List<String> addresses, boolean auto) {
        return new EpicsCaSettings(addresses, auto, serverPort, repeaterPort, connectTimeout, readTimeout,
                startRepeater, maxArrayBytes);
    }

    public EpicsCaSettings withPorts(int server, int repeater) {
        return new EpicsCaSettings(addressList, autoAddressList, server, repeater, connectTimeout, readTimeout,
                startRepeater, maxArrayBytes);
    }

    public EpicsCaSettings withTimeouts(Duration connect, Duration read) {
        return new EpicsCaSettings(addressList, autoAddressList, serverPort, repeaterPort, connect, read,
                startRepeater, maxArrayBytes);
    }

    private static int integer(Map<String, String> environment, String name, int fallback) {
        String raw = environment.get(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is not a whole number: '" + raw + "'", e);
        }
    }

    private static void requireNoBlank(String address) {
        if (address.isBlank() || address.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("an address list entry is blank or holds whitespace: '" + address + "'");
        }
    }

    private static void requirePort(int port, String name) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(name + " must be 1..65535, not " + port);
        }
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
