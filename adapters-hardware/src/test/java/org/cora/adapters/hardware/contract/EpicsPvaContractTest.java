package org.cora.adapters.hardware.contract;

import java.time.Duration;
import org.cora.adapters.hardware.SimulatedBeamlineControlPort;
import org.cora.adapters.hardware.epics.pva.EpicsPvaControlPort;
import org.cora.adapters.hardware.epics.pva.PvaSimulatedIocServer;
import org.cora.domain.control.ControlAccessDeniedError;
import org.cora.domain.control.ControlException;
import org.cora.domain.control.ControlPort;

/**
 * The contract model served over pvAccess on loopback by a fresh simulated IOC (free ports, found
 * through {@code EPICS_PVA_ADDR_LIST=127.0.0.1} with the automatic list off), read and written by
 * a fresh {@link EpicsPvaControlPort}. Disconnecting stops the IOC, as when an IOC goes down.
 */
class EpicsPvaContractTest extends ModelledControlPortContract {

    /** Long enough for a loaded machine to connect on loopback, short enough for the not-connected cases. */
    private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(2);

    @Override
    protected Fixture open() throws Exception {
        SimulatedBeamlineControlPort beamline = SimulatedBeamlineContractTest.contractBeamline();
        PvaSimulatedIocServer ioc = PvaSimulatedIocServer.serve(beamline, 0, 0);
        EpicsPvaControlPort pva = new EpicsPvaControlPort(
                ioc.clientSettings().withConnectionTimeout(CONNECTION_TIMEOUT));
        return new Fixture() {
            @Override
            public ControlPort port() {
                return pva;
            }

            /** The IOC serves every address: stopping it disconnects them all. */
            @Override
            public void disconnect(String address) {
                ioc.close();
            }

            @Override
            public void close() {
                pva.close();
                ioc.close();
                beamline.close();
            }
        };
    }

    /**
     * The IOC publishes a read-only address without write access; pvAccess tells the client so
     * with the channel (the access-rights message that precedes the channel's creation), and the
     * port refuses the write before sending it.
     */
    @Override
    protected Class<? extends ControlException> readOnlyRefusal() {
        return ControlAccessDeniedError.class;
    }
}
