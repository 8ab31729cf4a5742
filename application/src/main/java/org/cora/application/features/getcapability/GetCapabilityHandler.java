package org.cora.application.features.getcapability;

import org.cora.application.capability.CapabilityStreams;
import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.domain.capability.Capability;

/** Folds the Capability's stream on read; an unknown id is {@code CapabilityNotFoundError}. */
public final class GetCapabilityHandler {

    public static final String QUERY_NAME = "GetCapability";

    private final Authorize authorize;
    private final CapabilityStreams streams;

    public GetCapabilityHandler(Authorize authorize, CapabilityStreams streams) {
        this.authorize = authorize;
        this.streams = streams;
    }

    public Capability handle(GetCapabilityQuery query, Caller caller) {
        authorize.authorize(caller.principal(), QUERY_NAME);
        return streams.require(query.capabilityId());
    }
}
