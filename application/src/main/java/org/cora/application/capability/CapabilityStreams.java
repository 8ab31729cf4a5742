package org.cora.application.capability;

import org.cora.application.eventsourcing.AggregateStreams;
import org.cora.application.port.EventStore;
import org.cora.domain.capability.Capability;
import org.cora.domain.capability.CapabilityEvent;
import org.cora.domain.capability.CapabilityEventCodec;
import org.cora.domain.capability.CapabilityEvolver;
import org.cora.domain.capability.CapabilityId;
import org.cora.domain.capability.CapabilityNotFoundError;
import org.cora.domain.shared.IdGenerator;

/** Loads and appends Capability streams (stream type {@value CapabilityEvent#STREAM_TYPE}). */
public final class CapabilityStreams extends AggregateStreams<CapabilityId, Capability, CapabilityEvent> {

    public CapabilityStreams(EventStore store, IdGenerator ids) {
        super(store, ids, CapabilityEvent.STREAM_TYPE, CapabilityId::value, CapabilityEventCodec::fromStored, CapabilityEventCodec::toPayload,
                CapabilityEvolver::fold);
    }

    /** The Capability as it is now, or {@link CapabilityNotFoundError}. */
    public Capability require(CapabilityId id) {
        Capability state = load(id).state();
        if (state == null) {
            throw new CapabilityNotFoundError(id);
        }
        return state;
    }
}
