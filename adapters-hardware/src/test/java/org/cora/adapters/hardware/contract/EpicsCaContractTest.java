package org.cora.adapters.hardware.contract;

import org.cora.adapters.hardware.epics.ca.CaLoopback;
import org.cora.domain.control.ControlAccessDeniedError;
import org.cora.domain.control.ControlException;
import org.cora.domain.control.ControlPort;

/**
 * The contract model served by a fresh {@code CaSimulatedIocServer} on loopback, read and written
 * through a fresh {@code EpicsCaControlPort}: the real protocol, both ends in this JVM.
 */
class EpicsCaContractTest extends ModelledControlPortContract {

    @Override
    protected Fixture open() throws Exception {
        CaLoopback loopback = CaLoopback.serve(SimulatedBeamlineContractTest.contractBeamline());
        return new Fixture() {
            @Override
            public ControlPort port() {
                return loopback.port();
            }

            /** Stopping the server drops every circuit, as when an IOC stops. */
            @Override
            public void disconnect(String address) {
                loopback.server().close();
            }

            @Override
            public void close() {
                loopback.close();
            }
        };
    }

    /**
     * What a real client sees: the server grants no write access to a read-only PV, the access
     * rights reach the client when the channel connects, and the port refuses before sending.
     */
    @Override
    protected Class<? extends ControlException> readOnlyRefusal() {
        return ControlAccessDeniedError.class;
    }
}
