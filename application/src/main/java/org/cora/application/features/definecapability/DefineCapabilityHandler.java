package org.cora.application.features.definecapability;

import org.cora.application.capability.CapabilityStreams;
import org.cora.application.eventsourcing.LoadedAggregate;
import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.domain.capability.Capability;
import org.cora.domain.capability.CapabilityEvent;
import org.cora.domain.capability.CapabilityId;
import org.cora.domain.features.definecapability.DefineCapabilityCommand;
import org.cora.domain.features.definecapability.DefineCapabilityDecider;
import org.cora.domain.shared.Clock;
import org.cora.domain.shared.IdGenerator;

/** Defines a Capability under a fresh UUIDv7 and returns its id. */
public final class DefineCapabilityHandler {

    public static final String COMMAND_NAME = "DefineCapability";

    private final Authorize authorize;
    private final CapabilityStreams streams;
    private final Clock clock;
    private final IdGenerator ids;

    public DefineCapabilityHandler(Authorize authorize, CapabilityStreams streams, Clock clock, IdGenerator ids) {
        this.authorize = authorize;
        this.streams = streams;
        this.clock = clock;
        this.ids = ids;
    }

    public CapabilityId handle(DefineCapabilityCommand command, Caller caller) {
        authorize.authorize(caller.principal(), COMMAND_NAME);
        CapabilityId id = new CapabilityId(ids.newId());
        LoadedAggregate<CapabilityId, Capability, CapabilityEvent> loaded = streams.load(id);
        streams.append(loaded, DefineCapabilityDecider.decide(loaded.state(), command, id, clock.now()), caller,
                COMMAND_NAME);
        return id;
    }
}
