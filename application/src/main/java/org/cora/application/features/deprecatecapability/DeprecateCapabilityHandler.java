package org.cora.application.features.deprecatecapability;

import org.cora.application.capability.CapabilityStreams;
import org.cora.application.eventsourcing.LoadedAggregate;
import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.domain.capability.Capability;
import org.cora.domain.capability.CapabilityEvent;
import org.cora.domain.capability.CapabilityId;
import org.cora.domain.features.deprecatecapability.DeprecateCapabilityCommand;
import org.cora.domain.features.deprecatecapability.DeprecateCapabilityDecider;
import org.cora.domain.shared.Clock;

/** Deprecates a Capability. */
public final class DeprecateCapabilityHandler {

    public static final String COMMAND_NAME = "DeprecateCapability";

    private final Authorize authorize;
    private final CapabilityStreams streams;
    private final Clock clock;

    public DeprecateCapabilityHandler(Authorize authorize, CapabilityStreams streams, Clock clock) {
        this.authorize = authorize;
        this.streams = streams;
        this.clock = clock;
    }

    public void handle(DeprecateCapabilityCommand command, Caller caller) {
        authorize.authorize(caller.principal(), COMMAND_NAME);
        LoadedAggregate<CapabilityId, Capability, CapabilityEvent> loaded = streams.load(command.capabilityId());
        streams.append(loaded, DeprecateCapabilityDecider.decide(loaded.state(), command, clock.now()), caller, COMMAND_NAME);
    }
}
