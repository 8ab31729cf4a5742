package org.cora.adapters.hardware.contract;

import java.io.InputStream;
import org.cora.adapters.hardware.SimulatedBeamlineControlPort;
import org.cora.domain.control.ControlException;
import org.cora.domain.control.ControlPort;
import org.cora.domain.control.ControlWriteRejectedError;
import java.time.Instant;

class SimulatedBeamlineContractTest extends ModelledControlPortContract {

    /** The contract model, for every fixture that serves it. */
    public static SimulatedBeamlineControlPort contractBeamline() throws Exception {
        try (InputStream yaml = SimulatedBeamlineContractTest.class.getResourceAsStream("contract-beamline.yaml")) {
            return SimulatedBeamlineControlPort.fromYaml(yaml, Instant::now);
        }
    }

    @Override
    protected Fixture open() throws Exception {
        SimulatedBeamlineControlPort beamline = contractBeamline();
        return new Fixture() {
            @Override
            public ControlPort port() {
                return beamline;
            }

            /** The simulator has no per-address switch at run time: closing it disconnects everything. */
            @Override
            public void disconnect(String address) {
                beamline.close();
            }

            @Override
            public void close() {
                beamline.close();
            }
        };
    }

    @Override
    protected Class<? extends ControlException> readOnlyRefusal() {
        return ControlWriteRejectedError.class;
    }
}
