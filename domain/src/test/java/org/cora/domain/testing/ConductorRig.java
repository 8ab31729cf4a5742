package org.cora.domain.testing;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.cora.domain.conductor.ActionBody;
import org.cora.domain.conductor.ActionRegistry;
import org.cora.domain.conductor.ConductCall;
import org.cora.domain.conductor.Conductor;

/** A Conductor wired to recording fakes, a fixed clock and sequential ids. */
public final class ConductorRig {

    public static final ConductCall CALL = new ConductCall(ProcedureFixtures.PROCEDURE_ID, "alice",
            UUID.fromString("0190f5a8-7d3e-7000-8000-00000000c0de"));
    public static final Duration WRITE_TIMEOUT = Duration.ofSeconds(7);

    public final RecordingControlPort port = new RecordingControlPort();
    public final RecordingStepJournal journal = new RecordingStepJournal();
    public final RecordingProcedureLifecycle lifecycle = new RecordingProcedureLifecycle();
    public final ScriptedHoldSignal holdSignal = new ScriptedHoldSignal();
    public final FixedClock clock = FixedClock.atNow();
    private final Map<String, ActionBody> actions = new HashMap<>();

    public ConductorRig withAction(String name, ActionBody body) {
        actions.put(name, body);
        return this;
    }

    public Conductor conductor() {
        return new Conductor(port, journal, clock, new SequentialIdGenerator(), new ActionRegistry(actions),
                lifecycle, holdSignal, WRITE_TIMEOUT);
    }

    public Conductor conductorWithoutLifecycle() {
        return new Conductor(port, journal, clock, new SequentialIdGenerator(), new ActionRegistry(actions), null,
                holdSignal, WRITE_TIMEOUT);
    }
}
