package org.cora.adapters.hardware.epics.pva;

import java.util.concurrent.locks.ReentrantLock;
import org.cora.adapters.hardware.ChannelDescription;
import org.cora.adapters.hardware.SimulatedBeamlineControlPort;
import org.cora.domain.control.ControlException;
import org.cora.domain.control.Measurement;
import org.epics.pva.server.ServerPV;

/**
 * One simulated address served as a PV. It always publishes the simulator's reading as it is at
 * the moment of publishing, under a lock: whoever publishes last (the change pump, or a client's
 * write that just landed) publishes the newest state, and an unchanged reading is not sent again.
 */
final class SimulatedPv {

    private final ChannelDescription description;
    private final SimulatedBeamlineControlPort beamline;
    private final ServerPV pv;
    private final ReentrantLock lock = new ReentrantLock();
    private Measurement published;

    /** {@code pv} was created holding {@code initial}. */
    SimulatedPv(ChannelDescription description, SimulatedBeamlineControlPort beamline, ServerPV pv,
                Measurement initial) {
        this.description = description;
        this.beamline = beamline;
        this.pv = pv;
        this.published = initial;
    }

    String address() {
        return description.address();
    }

    /** Publishes the simulator's current reading if it differs from the last one published. */
    void refresh() throws ControlException {
        lock.lock();
        try {
            Measurement now = beamline.read(address());
            if (!now.equals(published)) {
                pv.update(SimulatedPvData.structure(description, now));
                published = now;
            }
        } catch (ControlException | RuntimeException e) {
            throw e;
        } catch (Exception typeMismatch) {
            throw new IllegalStateException("the PV of " + address() + " cannot take its reading", typeMismatch);
        } finally {
            lock.unlock();
        }
    }
}
