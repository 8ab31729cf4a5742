package org.cora.domain.conductor;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cora.domain.control.ActuationKind;
import org.cora.domain.control.ControlPort;
import org.cora.domain.json.Json;
import org.cora.domain.procedure.ProcedureHoldPendingError;
import org.cora.domain.procedure.ProcedureNotFoundError;
import org.cora.domain.shared.Cancelled;
import org.cora.domain.shared.Clock;
import org.cora.domain.shared.ConcurrencyError;
import org.cora.domain.shared.DomainError;
import org.cora.domain.shared.IdGenerator;
import org.cora.domain.shared.UnauthorizedError;
import org.cora.domain.step.ActionStep;
import org.cora.domain.step.Step;

/**
 * Walks a resolved step list against the control system and journals every outcome with its
 * absolute {@code step_index}; setpoints and actions journal an {@code in_flight} marker before
 * they act. {@link #execute} and {@link #executeFrom} only walk; {@link #conduct},
 * {@link #conductOrHold} and {@link #conductFrom} drive the lifecycle around the walk. Stateless
 * between calls and safe to share.
 *
 * <p>Only the closed {@link org.cora.domain.control.ControlException} family (and the named
 * labels of {@link StepWalk}) become recorded step failures. Everything else, a refused journal
 * append included, propagates to the caller untouched. A hold asked for during a walk lands on
 * the next step boundary: the step in progress finishes and journals its outcome first.
 */
public final class Conductor {

    public static final String CANCELLED_REASON = "cancelled mid-execute";
    /** The step kinds whose failure conduct-or-hold holds on instead of aborting: re-driving them is safe. */
    public static final Set<String> RECOVERABLE_KINDS = Set.of("setpoint", "check");
    private static final System.Logger LOG = System.getLogger(Conductor.class.getName());

    private final ControlPort controlPort;
    private final StepJournal journal;
    private final Clock clock;
    private final IdGenerator ids;
    private final ActionRegistry actions;
    private final ProcedureLifecycle lifecycle;
    private final HoldSignal holdSignal;
    private final Duration writeTimeout;

    public Conductor(ControlPort controlPort, StepJournal journal, Clock clock, IdGenerator ids,
                     ActionRegistry actions, ProcedureLifecycle lifecycle, HoldSignal holdSignal,
                     Duration writeTimeout) {
        this.controlPort = Objects.requireNonNull(controlPort, "controlPort");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.actions = Objects.requireNonNull(actions, "actions");
        this.lifecycle = lifecycle;
        this.holdSignal = Objects.requireNonNull(holdSignal, "holdSignal");
        this.writeTimeout = Objects.requireNonNull(writeTimeout, "writeTimeout");
    }

    /**
     * Walks {@code steps} from the first; halts at the first failure. Never touches the lifecycle
     * and so never holds: a journal refusing a marker because a hold is pending propagates.
     */
    public ConductorResult execute(ConductCall call, List<Step> steps) {
        return walk(call, new Walk(steps, 0, false, Map.of(), false)).result();
    }

    /**
     * Replays the tail of a pinned list from {@code boundary} with the re-establish policy:
     * setpoints are re-driven, checks and captures re-read, and an action halts the replay with
     * {@value ConductorResult#ACQUISITION_HALT} and nothing recorded for it. Captures start from
     * {@code restoredCaptures} (empty unless the operator asked to restore them).
     */
    public ConductorResult executeFrom(ConductCall call, List<Step> steps, int boundary,
                                       Map<String, Json> restoredCaptures) {
        if (boundary < 0) {
            throw new IllegalArgumentException("boundary must be >= 0, got " + boundary);
        }
        return walk(call, new Walk(steps, boundary, true, restoredCaptures, false)).result();
    }

    /**
     * Start, walk, then complete (or abort with the derived reason). Authorization, not-found and
     * concurrency refusals of a lifecycle command propagate; any other refusal is returned as a
     * {@code lifecycle} failure. A cancellation mid-walk aborts ({@value #CANCELLED_REASON}) and
     * is re-raised. A hold asked for during the walk holds the Procedure at a step boundary.
     */
    public ConductorResult conduct(ConductCall call, List<Step> steps) {
        return startThenWalk(call, steps, false);
    }

    /** As {@link #conduct}, but a failed setpoint or check holds the Procedure instead of aborting it. */
    public ConductorResult conductOrHold(ConductCall call, List<Step> steps) {
        return startThenWalk(call, steps, true);
    }

    /**
     * Resume a Held Procedure and replay its pinned list from {@code boundary} (see
     * {@link #executeFrom}); every refusal of the resume propagates and nothing is replayed. Then
     * complete, stay Running at an acquisition halt, hold at a requested boundary, or abort. The
     * actuation kind reported (and stamped) is the prefix's merged with the tail's. There is no
     * cancellation guard: an interrupted replay leaves the Procedure Running for the operator.
     */
    public ConductorResult conductFrom(ConductCall call, List<Step> steps, int boundary, ActuationKind priorKind,
                                       Map<String, Json> restoredCaptures) {
        ProcedureLifecycle lifecycle = requireLifecycle();
        lifecycle.resume(call, boundary);
        WalkResult walked = walk(call, new Walk(steps, boundary, true, restoredCaptures, true));
        ConductorResult result = walked.result()
                .withActuationKind(ActuationKind.merge(priorKind, walked.result().actuationKind()));
        if (result.acquisitionHalt()) {
            return result;
        }
        return finish(call, walked.holdReason(), result, false);
    }

    private ConductorResult startThenWalk(ConductCall call, List<Step> steps, boolean holdOnRecoverable) {
        ProcedureLifecycle lifecycle = requireLifecycle();
        Optional<ConductorFailure> refused = lifecycleStep("start", () -> lifecycle.start(call));
        if (refused.isPresent()) {
            return new ConductorResult(call.procedureId(), 0, refused.get(), null, false);
        }
        WalkResult walked = walkOrAbortOnCancel(call, new Walk(steps, 0, false, Map.of(), true));
        return finish(call, walked.holdReason(), walked.result(), holdOnRecoverable);
    }

    /** Ends a walk: hold where asked, complete on success, hold or abort on failure. */
    private ConductorResult finish(ConductCall call, Optional<String> holdReason, ConductorResult result,
                                   boolean holdOnRecoverable) {
        ProcedureLifecycle lifecycle = requireLifecycle();
        if (holdReason.isPresent()) {
            return lifecycleStep("hold", () -> lifecycle.hold(call, holdReason.get(), result.actuationKind()))
                    .map(result::withFailure)
                    .orElseGet(result::asHeld);
        }
        if (result.failure() == null) {
            return lifecycleStep("complete", () -> lifecycle.complete(call, result.actuationKind()))
                    .map(result::withFailure)
                    .orElse(result);
        }
        if (holdOnRecoverable && RECOVERABLE_KINDS.contains(result.failure().sourceKind())) {
            // A hold that fails leaves the Procedure Running with the failure reported, never aborted.
            boolean held = quietly(() -> lifecycle.hold(call, result.failure().derivedReason(), result.actuationKind()),
                    "hold");
            return held ? result.asHeld() : result;
        }
        quietly(() -> lifecycle.abort(call, result.failure().derivedReason(), result.actuationKind()), "abort");
        return result;
    }

    private WalkResult walkOrAbortOnCancel(ConductCall call, Walk walk) {
        try {
            return walk(call, walk);
        } catch (Cancelled cancelled) {
            boolean interrupted = Thread.interrupted();
            try {
                quietly(() -> requireLifecycle().abort(call, CANCELLED_REASON, null), "abort");
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            throw cancelled;
        }
    }

    private WalkResult walk(ConductCall call, Walk walk) {
        ObservedControlPort port = new ObservedControlPort(controlPort);
        StepWalk steps = new StepWalk(call, port, journal, clock, ids, actions, writeTimeout, walk.captures());
        int completed = 0;
        for (int index = walk.from(); index < walk.steps().size(); index++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new Cancelled("conduct of " + call.procedureId() + " cancelled before step " + index);
            }
            Optional<String> hold = walk.honoursHolds() ? holdSignal.pendingHold(call) : Optional.empty();
            if (hold.isPresent()) {
                return walk.heldAt(call, completed, port, hold.get());
            }
            Step step = walk.steps().get(index);
            if (walk.replay() && step instanceof ActionStep action) {
                return walk.end(call, completed, acquisitionHalt(index, action), port);
            }
            try {
                Optional<ConductorFailure> failure = steps.run(index, step);
                if (failure.isPresent()) {
                    return walk.end(call, completed, failure.get(), port);
                }
            } catch (HoldAtBoundary pending) {
                if (!walk.honoursHolds()) {
                    throw new ProcedureHoldPendingError(call.procedureId(), pending.reason());
                }
                return walk.heldAt(call, completed, port, pending.reason());
            }
            completed++;
        }
        // A hold asked for during the last step is honoured too: the operator may want to look before completion.
        Optional<String> hold = walk.honoursHolds() ? holdSignal.pendingHold(call) : Optional.empty();
        return hold.isPresent() ? walk.heldAt(call, completed, port, hold.get()) : walk.end(call, completed, null, port);
    }

    private static ConductorFailure acquisitionHalt(int index, ActionStep action) {
        return new ConductorFailure(index, "action", action.name(), ConductorResult.ACQUISITION_HALT,
                "resume halted at step " + index + " (action '" + action.name() + "'): an interrupted acquisition"
                        + " needs an operator decision (redo-fresh vs reseed); not auto-rerun, not auto-skipped");
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

    /** Best effort: the step failure is what the caller must see; a refused transition leaves the Procedure as it is. */
    private static boolean quietly(Runnable transition, String what) {
        try {
            transition.run();
            return true;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, what + " after a failed or cancelled step failed", e);
            return false;
        }
    }

    private ProcedureLifecycle requireLifecycle() {
        if (lifecycle == null) {
            throw new IllegalStateException("this Conductor was wired without lifecycle handlers; use execute()");
        }
        return lifecycle;
    }

    /**
     * What to walk: the list, the first index, whether it is a replay, the captures to start from,
     * and whether a requested hold stops it (only the walks that drive the lifecycle can hold).
     */
    private record Walk(List<Step> steps, int from, boolean replay, Map<String, Json> captures, boolean honoursHolds) {

        WalkResult end(ConductCall call, int completed, ConductorFailure failure, ObservedControlPort port) {
            return new WalkResult(new ConductorResult(call.procedureId(), completed, failure, port.actuationKind(), false),
                    Optional.empty());
        }

        WalkResult heldAt(ConductCall call, int completed, ObservedControlPort port, String reason) {
            return new WalkResult(new ConductorResult(call.procedureId(), completed, null, port.actuationKind(), false),
                    Optional.of(reason));
        }
    }

    /** A walk's result, and the reason of a hold it stopped for. */
    private record WalkResult(ConductorResult result, Optional<String> holdReason) {
    }
}
