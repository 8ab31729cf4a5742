package org.cora.application.conduct;

import java.util.List;
import org.cora.application.port.Caller;
import org.cora.application.procedure.LoadedProcedure;
import org.cora.application.procedure.ProcedureStreams;
import org.cora.domain.conductor.ConductCall;
import org.cora.domain.conductor.ConductorResult;
import org.cora.domain.procedure.ProcedureId;
import org.cora.domain.step.Step;

/**
 * What conduct and conduct-or-hold share: under the Procedure's conduct lock, load it, resolve
 * the steps and pin them durably, then let the Conductor walk the resolved list.
 */
public final class PinnedConduct {

    /** The Conductor's walk to run once the steps are pinned: {@code conductor::conduct} or {@code conductor::conductOrHold}. */
    @FunctionalInterface
    public interface Walk {
        ConductorResult walk(ConductCall call, List<Step> resolved);
    }

    private final ProcedureStreams streams;
    private final ConductPreparation preparation;
    private final ConductSession session;

    public PinnedConduct(ProcedureStreams streams, ConductPreparation preparation, ConductSession session) {
        this.streams = streams;
        this.preparation = preparation;
        this.session = session;
    }

    public ConductorResult run(ProcedureId procedureId, List<Step> steps, Caller caller, String commandName, Walk walk) {
        return session.exclusively(procedureId, () -> {
            LoadedProcedure loaded = streams.load(procedureId);
            loaded.require();
            List<Step> resolved = preparation.resolveAndPinDurably(loaded, steps, caller, commandName);
            return walk.walk(new ConductCall(procedureId, caller.principal(), caller.correlationId()), resolved);
        });
    }
}
