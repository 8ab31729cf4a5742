package org.cora.domain.conductor;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cora.domain.control.ActuationKind;
import org.cora.domain.control.ControlPort;
import org.cora.domain.procedure.ProcedureNotFoundError;
import org.cora.domain.shared.Cancelled;
import org.cora.domain.shared.Clock;
import org.cora.domain.shared.ConcurrencyError;
import org.cora.domain.shared.DomainError;
import org.cora.domain.shared.IdGenerator;
import org.cora.domain.shared.UnauthorizedError;
import org.cora.domain.step.Step;

/**
 * Walks a resolved step list against the control system and journals every outcome with its
 * {@code step_index}. {@link #execute} only walks; {@link #conduct} starts the Procedure, walks,
 * then completes it or aborts it. Stateless between calls and safe to share.
 *
 * <p>Only the closed {@link org.cora.domain.control.ControlException} family (and the named
 * labels of {@link StepWalk}) become recorded step failures. Everything else, a refused journal
 * append included, propagates to the caller untouched.
 */
public final class Conductor {

    public static final String CANCELLED_REASON = "cancelled mid-execute";
    private static final System.Logger LOG = System.getLogger(Conductor.class.getName());

    private final ControlPort controlPort;
    private final StepJournal journal;
    private final Clock clock;
    private final IdGenerator ids;
    private final ActionRegistry actions;
    private final ProcedureLifecycle lifecycle;
    private final Duration writeTimeout;

    public Conductor(ControlPort controlPort, StepJournal journal, Clock clock, IdGenerator ids,
                     ActionRegistry actions, ProcedureLifecycle lifecycle, Duration writeTimeout) {
        this.controlPort = Objects.requireNonNull(controlPort, "controlPort");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.actions = Objects.requireNonNull(actions, "actions");
        this.lifecycle = lifecycle;
        this.writeTimeout = Objects.requireNonNull(writeTimeout, "writeTimeout");
    }

    /** Walks {@code steps} from the first; halts at the first failure. Never touches the lifecycle. */
    public ConductorResult execute(ConductCall call, List<Step> steps) {
        return walk(call, steps, new ObservedControlPort(controlPort));
    }

    /**
     * Start, walk, then complete (or abort with the derived reason). Authorization, not-found and
     * concurrency refusals of a lifecycle command propagate; any other refusal is returned as a
     * {@code lifecycle} failure. A cancellation mid-walk aborts ({@value #CANCELLED_REASON}) and
     * is re-raised.
     */
    public ConductorResult conduct(ConductCall call, List<Step> steps) {
        ProcedureLifecycle lifecycle = requireLifecycle();
        Optional<ConductorFailure> refused = lifecycleStep("start", () -> lifecycle.start(call));
        if (refused.isPresent()) {
            return new ConductorResult(call.procedureId(), 0, refused.get(), null);
        }
        ConductorResult result = walkOrAbortOnCancel(call, steps, new ObservedControlPort(controlPort));
        if (result.succeeded()) {
            return lifecycleStep("complete", () -> lifecycle.complete(call, result.actuationKind()))
                    .map(result::withFailure)
                    .orElse(result);
        }
        abortQuietly(call, result.failure().derivedReason(), result.actuationKind());
        return result;
    }

    private ConductorResult walkOrAbortOnCancel(ConductCall call, List<Step> steps, ObservedControlPort port) {
        try {
            return walk(call, steps, port);
        } catch (Cancelled cancelled) {
            boolean interrupted = Thread.interrupted();
            try {
                abortQuietly(call, CANCELLED_REASON, null);
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            throw cancelled;
        }
    }

    private ConductorResult walk(ConductCall call, List<Step> steps, ObservedControlPort port) {
        StepWalk walk = new StepWalk(call, port, journal, clock, ids, actions, writeTimeout);
        int completed = 0;
        for (int index = 0; index < steps.size(); index++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new Cancelled("conduct of " + call.procedureId() + " cancelled before step " + index);
            }
            Optional<ConductorFailure> failure = walk.run(index, steps.get(index));
            if (failure.isPresent()) {
                return new ConductorResult(call.procedureId(), completed, failure.get(), port.actuationKind());
            }
            completed++;
        }
        return new ConductorResult(call.procedureId(), completed, null, port.actuationKind());
    }

    private static Optional<ConductorFailure> lifecycleStep(String phase, Runnable command) {
        try {
            command.run();
            return Optional.empty();
        } catch (UnauthorizedError | ProcedureNotFoundError | ConcurrencyError propagated) {
            throw propagated;
        } catch (DomainError refused) {
            return Optional.of(ConductorFailure.lifecycle(phase, refused.errorClass(), refused.getMessage()));
        }
    }

    private void abortQuietly(ConductCall call, String reason, ActuationKind actuationKind) {
        try {
            requireLifecycle().abort(call, reason, actuationKind);
        } catch (RuntimeException e) {
            // Best effort: the step failure is what the caller must see; the Procedure stays Running.
            LOG.log(System.Logger.Level.WARNING, "abort of " + call.procedureId() + " after a failed step failed", e);
        }
    }

    private ProcedureLifecycle requireLifecycle() {
        if (lifecycle == null) {
            throw new IllegalStateException("this Conductor was wired without lifecycle handlers; use execute()");
        }
        return lifecycle;
    }
}
