package org.cora.domain.run;

import java.time.Instant;
import org.cora.domain.plan.PlanId;
import org.cora.domain.shared.AggregateEvent;

/** Everything that can happen to a Run. The record name is the stored {@code event_type}. */
public sealed interface RunEvent extends AggregateEvent {

    String STREAM_TYPE = "Run";

    RunId runId();

    /** Genesis: Running. */
    record RunStarted(RunId runId, PlanId planId, Instant occurredAt) implements RunEvent {
    }

    record RunHeld(RunId runId, String reason, Instant occurredAt) implements RunEvent {
    }

    record RunResumed(RunId runId, Instant occurredAt) implements RunEvent {
    }
}
