package org.cora.domain.testing;

import java.util.ArrayList;
import java.util.List;
import org.cora.domain.conductor.ConductCall;
import org.cora.domain.conductor.ProcedureLifecycle;
import org.cora.domain.control.ActuationKind;

/** Records the lifecycle commands a conduct issues; each can be told to throw. */
public final class RecordingProcedureLifecycle implements ProcedureLifecycle {

    /**
     * One lifecycle command; {@code interrupted} is the thread's interrupt flag when it was issued;
     * {@code boundary} is the re-establishment boundary of a resume, null for every other phase.
     */
    public record Call(String phase, ConductCall call, String reason, ActuationKind actuationKind,
                       boolean interrupted, Integer boundary) {

        public Call(String phase, ConductCall call, String reason, ActuationKind actuationKind, boolean interrupted) {
            this(phase, call, reason, actuationKind, interrupted, null);
        }
    }

    private final List<Call> calls = new ArrayList<>();
    private RuntimeException startFailure;
    private RuntimeException completeFailure;
    private RuntimeException abortFailure;
    private RuntimeException holdFailure;
    private RuntimeException resumeFailure;

    public RecordingProcedureLifecycle refusingStart(RuntimeException failure) {
        this.startFailure = failure;
        return this;
    }

    public RecordingProcedureLifecycle refusingComplete(RuntimeException failure) {
        this.completeFailure = failure;
        return this;
    }

    public RecordingProcedureLifecycle refusingAbort(RuntimeException failure) {
        this.abortFailure = failure;
        return this;
    }

    public RecordingProcedureLifecycle refusingHold(RuntimeException failure) {
        this.holdFailure = failure;
        return this;
    }

    public RecordingProcedureLifecycle refusingResume(RuntimeException failure) {
        this.resumeFailure = failure;
        return this;
    }

    @Override
    public void start(ConductCall call) {
        record(new Call("start", call, null, null, interrupted()), startFailure);
    }

    @Override
    public void complete(ConductCall call, ActuationKind actuationKind) {
        record(new Call("complete", call, null, actuationKind, interrupted()), completeFailure);
    }

    @Override
    public void abort(ConductCall call, String reason, ActuationKind actuationKind) {
        record(new Call("abort", call, reason, actuationKind, interrupted()), abortFailure);
    }

    @Override
    public void hold(ConductCall call, String reason, ActuationKind actuationKind) {
        record(new Call("hold", call, reason, actuationKind, interrupted()), holdFailure);
    }

    @Override
    public void resume(ConductCall call, int reEstablishmentBoundary) {
        record(new Call("resume", call, null, null, interrupted(), reEstablishmentBoundary), resumeFailure);
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<String> phases() {
        return calls.stream().map(Call::phase).toList();
    }

    public Call only(String phase) {
        List<Call> matching = calls.stream().filter(c -> c.phase().equals(phase)).toList();
        if (matching.size() != 1) {
            throw new AssertionError("expected exactly one " + phase + ", got " + calls);
        }
        return matching.get(0);
    }

    private static boolean interrupted() {
        return Thread.currentThread().isInterrupted();
    }

    private void record(Call call, RuntimeException failure) {
        calls.add(call);
        if (failure != null) {
            throw failure;
        }
    }
}
