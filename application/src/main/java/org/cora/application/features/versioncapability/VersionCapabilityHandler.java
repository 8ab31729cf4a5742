package org.cora.application.features.versioncapability;

import org.cora.application.capability.CapabilityStreams;
import org.cora.application.eventsourcing.LoadedAggregate;
import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.domain.capability.Capability;
import org.cora.domain.capability.CapabilityEvent;
import org.cora.domain.capability.CapabilityId;
import org.cora.domain.features.versioncapability.VersionCapabilityCommand;
import org.cora.domain.features.versioncapability.VersionCapabilityDecider;
import org.cora.domain.shared.Clock;

/** Gives a Capability a new version tag. */
public final class VersionCapabilityHandler {

    public static final String COMMAND_NAME = "VersionCapability";

    private final Authorize authorize;
    private final CapabilityStreams streams;
    private final Clock clock;

    public VersionCapabilityHandler(Authorize authorize, CapabilityStreams streams, Clock clock) {
        this.authorize = authorize;
        this.streams = streams;
        this.clock = clock;
    }

    public void handle(VersionCapabilityCommand command, Caller caller) {
        authorize.authorize(caller.principal(), COMMAND_NAME);
        LoadedAggregate<CapabilityId, Capability, CapabilityEvent> loaded = streams.load(command.capabilityId());
        streams.append(loaded, VersionCapabilityDecider.decide(loaded.state(), command, clock.now()), caller, COMMAND_NAME);
    }
}
