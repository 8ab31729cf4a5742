package org.cora.adapters.hardware.epics.ca;

import java.util.List;

/**
 * Where a {@link CaSimulatedIocServer} listens and announces itself.
 *
 * @param serverPort          the UDP search and TCP port; 0 takes an ephemeral one of each (see
 *                            {@link CaSimulatedIocServer#port()})
 * @param beaconAddresses     where beacons go; the interfaces' broadcast addresses are never added
 * @param beaconPort          the repeater port beacons are sent to
 * @param loopbackClientsOnly answer searches from, and serve connections of, this host only (the
 *                            library binds every interface and has no bind address)
 */
public record CaSimulatedIocSettings(int serverPort, List<String> beaconAddresses, int beaconPort,
                                     boolean loopbackClientsOnly) {

    public CaSimulatedIocSettings {
        beaconAddresses = List.copyOf(beaconAddresses);
        if (serverPort < 0 || serverPort > 65535) {
            throw new IllegalArgumentException("serverPort must be 0..65535, not " + serverPort);
        }
        if (beaconPort < 1 || beaconPort > 65535) {
            throw new IllegalArgumentException("beaconPort must be 1..65535, not " + beaconPort);
        }
    }

    /** Ephemeral ports, beacons to 127.0.0.1 on {@code beaconPort}, loopback clients only: for tests and demos. */
    public static CaSimulatedIocSettings loopback(int beaconPort) {
        return new CaSimulatedIocSettings(0, List.of("127.0.0.1"), beaconPort, true);
    }
}
