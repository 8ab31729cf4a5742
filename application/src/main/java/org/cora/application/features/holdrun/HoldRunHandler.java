package org.cora.application.features.holdrun;

import org.cora.application.eventsourcing.LoadedAggregate;
import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.application.run.RunStreams;
import org.cora.domain.features.holdrun.HoldRunCommand;
import org.cora.domain.features.holdrun.HoldRunDecider;
import org.cora.domain.run.Run;
import org.cora.domain.run.RunEvent;
import org.cora.domain.run.RunId;
import org.cora.domain.shared.Clock;

/** Holds a Running Run. */
public final class HoldRunHandler {

    public static final String COMMAND_NAME = "HoldRun";

    private final Authorize authorize;
    private final RunStreams streams;
    private final Clock clock;

    public HoldRunHandler(Authorize authorize, RunStreams streams, Clock clock) {
        this.authorize = authorize;
        this.streams = streams;
        this.clock = clock;
    }

    public void handle(HoldRunCommand command, Caller caller) {
        authorize.authorize(caller.principal(), COMMAND_NAME);
        LoadedAggregate<RunId, Run, RunEvent> loaded = streams.load(command.runId());
        streams.append(loaded, HoldRunDecider.decide(loaded.state(), command, clock.now()), caller, COMMAND_NAME);
    }
}
