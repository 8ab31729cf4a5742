package org.cora.adapters.hardware.epics.pva;

import java.util.concurrent.Callable;
import org.epics.pva.PVASettings;
import org.epics.pva.client.PVAClient;
import org.epics.pva.server.PVAServer;

/**
 * Hands per-instance settings to core-pva, which only has process-wide ones.
 *
 * <p>core-pva reads its addresses and ports from the static fields of {@link PVASettings} (seeded
 * from the {@code EPICS_PVA_*} properties and environment variables) while a client or server is
 * being constructed, and not afterwards. So each construction here sets the fields it needs, builds
 * the instance and puts the previous values back, all under one lock: two ports with different
 * settings can live in one JVM, and code that builds its own core-pva clients later sees the values
 * it had (only one built at the very same moment, outside this lock, could see ours). The fields
 * the library reads after construction (the echo timeout {@code EPICS_PVA_CONN_TMO}, TLS, IPv6)
 * are left as the environment set them.
 */
final class PvaLibraryConfiguration {

    private static final Object LOCK = new Object();

    private PvaLibraryConfiguration() {
    }

    /** A client that searches where {@code settings} say. */
    static PVAClient client(EpicsPvaSettings settings) throws Exception {
        return constructed(() -> {
            PVASettings.EPICS_PVA_ADDR_LIST = String.join(" ", settings.addressList());
            PVASettings.EPICS_PVA_AUTO_ADDR_LIST = settings.autoAddressList();
            PVASettings.EPICS_PVA_NAME_SERVERS = String.join(" ", settings.nameServers());
            PVASettings.EPICS_PVA_BROADCAST_PORT = settings.broadcastPort();
            PVASettings.EPICS_PVA_SERVER_PORT = settings.serverPort();
            return new PVAClient();
        });
    }

    /**
     * A server that hears searches on 127.0.0.1:{@code udpPort} only and accepts connections on
     * {@code tcpPort} (0: any free port). core-pva binds the TCP port on every interface; it has no
     * option to bind it to loopback.
     */
    static PVAServer loopbackServer(int udpPort, int tcpPort) throws Exception {
        return constructed(() -> {
            PVASettings.EPICS_PVAS_INTF_ADDR_LIST = "127.0.0.1";
            PVASettings.EPICS_PVAS_BROADCAST_PORT = udpPort;
            PVASettings.EPICS_PVA_SERVER_PORT = tcpPort;
            return new PVAServer();
        });
    }

    private static <T> T constructed(Callable<T> construction) throws Exception {
        synchronized (LOCK) {
            Saved saved = Saved.now();
            try {
                return construction.call();
            } finally {
                saved.restore();
            }
        }
    }

    /** The fields a construction above may change. */
    private record Saved(String addressList, boolean autoAddressList, String nameServers, int broadcastPort,
                         int serverPort, String serverInterfaces, int serverBroadcastPort) {

        static Saved now() {
            return new Saved(PVASettings.EPICS_PVA_ADDR_LIST, PVASettings.EPICS_PVA_AUTO_ADDR_LIST,
                    PVASettings.EPICS_PVA_NAME_SERVERS, PVASettings.EPICS_PVA_BROADCAST_PORT,
                    PVASettings.EPICS_PVA_SERVER_PORT, PVASettings.EPICS_PVAS_INTF_ADDR_LIST,
                    PVASettings.EPICS_PVAS_BROADCAST_PORT);
        }

        void restore() {
            PVASettings.EPICS_PVA_ADDR_LIST = addressList;
            PVASettings.EPICS_PVA_AUTO_ADDR_LIST = autoAddressList;
            PVASettings.EPICS_PVA_NAME_SERVERS = nameServers;
            PVASettings.EPICS_PVA_BROADCAST_PORT = broadcastPort;
            PVASettings.EPICS_PVA_SERVER_PORT = serverPort;
            PVASettings.EPICS_PVAS_INTF_ADDR_LIST = serverInterfaces;
            PVASettings.EPICS_PVAS_BROADCAST_PORT = serverBroadcastPort;
        }
    }
}
