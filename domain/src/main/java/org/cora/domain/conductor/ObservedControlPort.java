package org.cora.domain.conductor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.cora.domain.control.ActuationKind;
import org.cora.domain.control.ControlException;
import org.cora.domain.control.ControlPort;
import org.cora.domain.control.ControlSubscription;
import org.cora.domain.control.Measurement;
import org.cora.domain.json.Json;

/**
 * A control port that notes, before each call, whether the address routes to a simulator or to
 * real equipment. Observation precedes dispatch, so a failed write to a simulator still counts.
 */
final class ObservedControlPort implements ControlPort {

    private final ControlPort inner;
    private final List<ActuationKind> observed = Collections.synchronizedList(new ArrayList<>());

    ObservedControlPort(ControlPort inner) {
        this.inner = inner;
    }

    @Override
    public Measurement read(String address) throws ControlException {
        observe(address);
        return inner.read(address);
    }

    @Override
    public void write(String address, Json value, boolean wait, Duration timeout) throws ControlException {
        observe(address);
        inner.write(address, value, wait, timeout);
    }

    @Override
    public ControlSubscription subscribe(String address) throws ControlException {
        observe(address);
        return inner.subscribe(address);
    }

    @Override
    public Optional<ActuationKind> actuationOf(String address) {
        return inner.actuationOf(address);
    }

    ActuationKind actuationKind() {
        synchronized (observed) {
            return ActuationKind.collapse(observed);
        }
    }

    private void observe(String address) {
        inner.actuationOf(address).ifPresent(observed::add);
    }
}
