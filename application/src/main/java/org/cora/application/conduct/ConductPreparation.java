package org.cora.application.conduct;

import java.util.List;
import org.cora.application.port.Caller;
import org.cora.application.procedure.LoadedProcedure;
import org.cora.application.procedure.ProcedureStreams;
import org.cora.domain.procedure.ProcedureEvent;
import org.cora.domain.procedure.ResolvedStepsPin;
import org.cora.domain.resolution.ResolvedSteps;
import org.cora.domain.shared.Clock;
import org.cora.domain.step.Step;

/**
 * The preparation every conduct shares: resolve the final step list, then pin it
 * ({@code ResolvedStepsRecorded}) durably before the Procedure starts and before any effect.
 */
public final class ConductPreparation {

    private final StepResolution resolution;
    private final ProcedureStreams streams;
    private final Clock clock;

    public ConductPreparation(StepResolution resolution, ProcedureStreams streams, Clock clock) {
        this.resolution = resolution;
        this.streams = streams;
        this.clock = clock;
    }

    /**
     * Returns the resolved steps once their pin is committed. Only a Defined Procedure is pinned;
     * the pin is appended at the version {@code loaded} was read at, so of two conducts racing on
     * one Procedure only one pins (the other gets {@link org.cora.domain.shared.ConcurrencyError}).
     */
    public List<Step> resolveAndPinDurably(LoadedProcedure loaded, List<Step> callerSteps, Caller caller,
                                           String commandName) {
        ResolvedSteps resolved = resolution.resolve(loaded, callerSteps);
        List<ProcedureEvent> pin = ResolvedStepsPin.decide(loaded.state(), resolved.steps(), resolved.derivations(),
                clock.now());
        streams.append(loaded, pin, caller, commandName);
        return resolved.steps();
    }
}
