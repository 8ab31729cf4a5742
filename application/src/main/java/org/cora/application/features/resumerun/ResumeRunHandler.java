package org.cora.application.features.resumerun;

import org.cora.application.eventsourcing.LoadedAggregate;
import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.application.run.RunStreams;
import org.cora.domain.features.resumerun.ResumeRunCommand;
import org.cora.domain.features.resumerun.ResumeRunDecider;
import org.cora.domain.run.Run;
import org.cora.domain.run.RunEvent;
import org.cora.domain.run.RunId;
import org.cora.domain.shared.Clock;

/** Resumes a Held Run. */
public final class ResumeRunHandler {

    public static final String COMMAND_NAME = "ResumeRun";

    private final Authorize authorize;
    private final RunStreams streams;
    private final Clock clock;

    public ResumeRunHandler(Authorize authorize, RunStreams streams, Clock clock) {
        this.authorize = authorize;
        this.streams = streams;
        this.clock = clock;
    }

    public void handle(ResumeRunCommand command, Caller caller) {
        authorize.authorize(caller.principal(), COMMAND_NAME);
        LoadedAggregate<RunId, Run, RunEvent> loaded = streams.load(command.runId());
        streams.append(loaded, ResumeRunDecider.decide(loaded.state(), command, clock.now()), caller, COMMAND_NAME);
    }
}
