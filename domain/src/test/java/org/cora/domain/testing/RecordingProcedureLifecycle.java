package org.cora.domain.testing;

import java.util.ArrayList;
import java.util.List;
import org.cora.domain.conductor.ConductCall;
import org.cora.domain.conductor.ProcedureLifecycle;
import org.cora.domain.control.ActuationKind;

/** Records the lifecycle commands a conduct issues; each can be told to throw. */
public final class RecordingProcedureLifecycle implements ProcedureLifecycle {

    /** One lifecycle command; {@code interrupted} is the thread's interrupt flag when it was issued. */
    public record Call(String phase, ConductCall call, String reason, ActuationKind actuationKind,
                       boolean interrupted) {
    }

    private final List<Call> calls = new ArrayList<>();
    private RuntimeException startFailure;
    private RuntimeException completeFailure;
    private RuntimeException abortFailure;

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

    @Override
    public void start(ConductCall call) {
        record("start", call, null, null, startFailure);
    }

    @Override
    public void complete(ConductCall call, ActuationKind actuationKind) {
        record("complete", call, null, actuationKind, completeFailure);
    }

    @Override
    public void abort(ConductCall call, String reason, ActuationKind actuationKind) {
        record("abort", call, reason, actuationKind, abortFailure);
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

    private void record(String phase, ConductCall call, String reason, ActuationKind kind, RuntimeException failure) {
        calls.add(new Call(phase, call, reason, kind, Thread.currentThread().isInterrupted()));
        if (failure != null) {
            throw failure;
        }
    }
}
