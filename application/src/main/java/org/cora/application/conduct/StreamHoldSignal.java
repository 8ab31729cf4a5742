package org.cora.application.conduct;

import java.util.Optional;
import org.cora.application.procedure.ProcedureStreams;
import org.cora.domain.conductor.ConductCall;
import org.cora.domain.conductor.HoldSignal;

/**
 * A hold request is an event on the Procedure's stream. The walk's own journal appends notice
 * that the stream moved and refresh what this process knows of it, so asking between two steps
 * costs no database round trip.
 */
public final class StreamHoldSignal implements HoldSignal {

    private final ProcedureStreams streams;

    public StreamHoldSignal(ProcedureStreams streams) {
        this.streams = streams;
    }

    @Override
    public Optional<String> pendingHold(ConductCall call) {
        return Optional.ofNullable(streams.loadKnown(call.procedureId()).state()).map(s -> s.pendingHoldReason());
    }
}
