package org.cora.application.run;

import org.cora.application.eventsourcing.AggregateStreams;
import org.cora.application.port.EventStore;
import org.cora.domain.run.Run;
import org.cora.domain.run.RunEvent;
import org.cora.domain.run.RunEventCodec;
import org.cora.domain.run.RunEvolver;
import org.cora.domain.run.RunId;
import org.cora.domain.run.RunNotFoundError;
import org.cora.domain.shared.IdGenerator;

/** Loads and appends Run streams (stream type {@value RunEvent#STREAM_TYPE}). */
public final class RunStreams extends AggregateStreams<RunId, Run, RunEvent> {

    public RunStreams(EventStore store, IdGenerator ids) {
        super(store, ids, RunEvent.STREAM_TYPE, RunId::value, RunEventCodec::fromStored, RunEventCodec::toPayload,
                RunEvolver::fold);
    }

    /** The Run as it is now, or {@link RunNotFoundError}. */
    public Run require(RunId id) {
        Run state = load(id).state();
        if (state == null) {
            throw new RunNotFoundError(id);
        }
        return state;
    }
}
