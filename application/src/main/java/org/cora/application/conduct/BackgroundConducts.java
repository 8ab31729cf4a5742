package org.cora.application.conduct;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.cora.application.port.Caller;
import org.cora.application.port.ConductOutcome;
import org.cora.application.port.ConductOutcomes;
import org.cora.domain.conductor.ConductCall;
import org.cora.domain.conductor.HoldSignal;
import org.cora.domain.conductor.ProcedureLifecycle;
import org.cora.domain.control.ActuationKind;
import org.cora.domain.json.Json;
import org.cora.domain.procedure.ProcedureId;
import org.cora.domain.shared.Clock;
import org.cora.domain.shared.DomainError;
import org.cora.domain.shared.IdGenerator;

/**
 * Conducts that answer before they walk. Each runs on one of a fixed number of workers, with no
 * queue: when every worker walks, the next one is refused at once ({@link ConductWorkersBusyError}).
 *
 * <p>The conduct lock is a session lock on a connection bound to the thread that took it, so it is
 * never handed from one thread to another: the worker takes it, reads, resolves and pins exactly as
 * a synchronous conduct does, starts (or resumes) the Procedure, and only then lets the caller
 * answer, while the caller waits. Whatever refuses the conduct before the start (not found, a
 * conduct in progress, a resolution error, a Procedure that cannot start) is thrown to the caller
 * as the synchronous route throws it, and leaves what the synchronous route leaves: nothing. Once
 * accepted, the outcome is recorded ({@link ConductOutcomes}) for the caller to read later.
 *
 * <p>To know when the Procedure has started, the Conductor's lifecycle is wrapped
 * ({@link #announcingStarts}); to stop at a step boundary when the service stops, its hold signal is
 * ({@link #holdingWhenStopping}). Both act on every walk of this service, synchronous or not.
 */
public final class BackgroundConducts {

    /** The hold reason of walks the stopping service held at their next step boundary. */
    public static final String SHUTDOWN_HOLD_REASON = "service stopping";
    private static final System.Logger LOG = System.getLogger(BackgroundConducts.class.getName());

    private final ThreadLocal<ConductAcceptance> walking = new ThreadLocal<>();
    private final int capacity;
    private volatile ThreadPoolExecutor workers;
    private final ConductSession session;
    private final ConductOutcomes outcomes;
    private final Clock clock;
    private final IdGenerator ids;
    private volatile boolean stopping;

    public BackgroundConducts(int capacity, ConductSession session, ConductOutcomes outcomes, Clock clock,
                              IdGenerator ids) {
        if (capacity < 1) {
            throw new IllegalArgumentException("at least one conduct worker is needed, got " + capacity);
        }
        this.capacity = capacity;
        this.session = session;
        this.outcomes = outcomes;
        this.clock = clock;
        this.ids = ids;
        this.workers = newWorkers(capacity);
    }

    /**
     * Runs {@code walk} (the synchronous conduct, returning its result body) on a free worker under
     * the Procedure's conduct lock, and returns once it has started the Procedure. Throws what
     * refused it before that.
     */
    public AcceptedConduct start(ProcedureId procedureId, Caller caller, String commandName, Supplier<Json.Obj> walk) {
        ConductAcceptance acceptance = new ConductAcceptance(ids.newId(), procedureId, caller, commandName);
        try {
            workers.execute(() -> walkOnWorker(acceptance, walk));
        } catch (RejectedExecutionException full) {
            throw new ConductWorkersBusyError(procedureId, capacity, stopping);
        }
        return acceptance.await();
    }

    /**
     * Stops taking background conducts and lets every walk of this service hold at its next step
     * boundary; waits up to {@code grace} for the background ones. Answers whether they all ended.
     */
    public synchronized boolean stop(Duration grace) {
        stopping = true;
        ThreadPoolExecutor stopped = workers;
        stopped.shutdown();
        try {
            boolean ended = stopped.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
            if (!ended) {
                LOG.log(System.Logger.Level.WARNING, stopped.getActiveCount() + " background conduct(s) still in a "
                        + "step after " + grace + ": they end with the process, and the lost-conductor sweep holds"
                        + " their Procedures when the service starts again");
            }
            return ended;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Takes background conducts again after {@link #stop} (a stopped, then restarted, application context). */
    public synchronized void restart() {
        if (workers.isShutdown()) {
            workers = newWorkers(capacity);
        }
        stopping = false;
    }

    /** The Conductor's hold signal, answering a hold at every step boundary once the service is stopping. */
    public HoldSignal holdingWhenStopping(HoldSignal signal) {
        return call -> signal.pendingHold(call)
                .or(() -> stopping ? Optional.of(SHUTDOWN_HOLD_REASON) : Optional.empty());
    }

    /** The Conductor's lifecycle, telling a waiting caller when its background conduct started the Procedure. */
    public ProcedureLifecycle announcingStarts(ProcedureLifecycle lifecycle) {
        return new StartAnnouncingLifecycle(lifecycle);
    }

    /** Daemon workers: a walk still in a step when the grace period ends must not keep the process alive. */
    private static ThreadPoolExecutor newWorkers(int capacity) {
        ThreadPoolExecutor workers = new ThreadPoolExecutor(capacity, capacity, 30, TimeUnit.SECONDS,
                new SynchronousQueue<>(), Thread.ofPlatform().name("cora-conduct-", 1).daemon().factory());
        workers.allowCoreThreadTimeOut(true);
        return workers;
    }

    /**
     * Takes the conduct lock for the whole of the worker's part: the walk inside takes it again (the
     * lock is re-entrant on its session). The outcome of an accepted walk is recorded before the lock
     * is released, so a reader never takes a finished walk for a lost one; a refusal is handed to
     * the caller only after it is released, so the caller's next conduct does not find it taken.
     */
    private void walkOnWorker(ConductAcceptance acceptance, Supplier<Json.Obj> walk) {
        walking.set(acceptance);
        try {
            session.exclusively(acceptance.procedureId(), () -> walkAndRecord(acceptance, walk));
            acceptance.endedBeforeStart();
        } catch (RuntimeException | Error failure) {
            if (!acceptance.failedBeforeStart(failure)) {
                LOG.log(System.Logger.Level.WARNING, "the conduct session of " + acceptance.procedureId()
                        + " ended badly after its walk", failure);
            }
        } finally {
            walking.remove();
        }
    }

    /** Records the outcome of an accepted walk; anything that stopped it before the start is rethrown. */
    private Void walkAndRecord(ConductAcceptance acceptance, Supplier<Json.Obj> walk) {
        Json.Obj result;
        try {
            result = walk.get();
        } catch (RuntimeException | Error failure) {
            if (!acceptance.isAccepted()) {
                throw failure;
            }
            recordFailure(acceptance, failure);
            return null;
        }
        if (acceptance.isAccepted()) {
            outcomes.finished(acceptance.conductId(), clock.now(), result);
        }
        return null;
    }

    private void recordFailure(ConductAcceptance acceptance, Throwable failure) {
        LOG.log(System.Logger.Level.ERROR, "the background conduct " + acceptance.conductId() + " of Procedure "
                + acceptance.procedureId() + " failed; the lost-conductor sweep holds the Procedure if it is left"
                + " Running", failure);
        String errorClass = failure instanceof DomainError named ? named.errorClass()
                : failure.getClass().getSimpleName();
        try {
            outcomes.failed(acceptance.conductId(), clock.now(), Json.Obj.builder()
                    .put("error_class", errorClass)
                    .put("message", String.valueOf(failure.getMessage()))
                    .build());
        } catch (RuntimeException unrecorded) {
            LOG.log(System.Logger.Level.ERROR, "could not record the failure of conduct " + acceptance.conductId(),
                    unrecorded);
        }
    }

    private void startedOnThisThread() {
        ConductAcceptance acceptance = walking.get();
        if (acceptance == null || acceptance.isSettled()) {
            return; // a synchronous conduct, or a later lifecycle step of an accepted one
        }
        ConductOutcome record = new ConductOutcome(acceptance.conductId(), acceptance.procedureId(),
                acceptance.commandName(), acceptance.caller().principal(), acceptance.caller().correlationId(),
                clock.now(), null, null, null);
        outcomes.accepted(record);
        acceptance.accept(new AcceptedConduct(record.conductId(), record.procedureId(), record.correlationId(),
                record.acceptedAt()));
    }

    private void refusedOnThisThread(DomainError refusal) {
        ConductAcceptance acceptance = walking.get();
        if (acceptance != null && !acceptance.isSettled()) {
            acceptance.refusedToStart(refusal);
        }
    }

    /** Delegates every transition; a start or a resume that succeeds accepts the waiting background conduct. */
    private final class StartAnnouncingLifecycle implements ProcedureLifecycle {

        private final ProcedureLifecycle lifecycle;

        StartAnnouncingLifecycle(ProcedureLifecycle lifecycle) {
            this.lifecycle = lifecycle;
        }

        @Override
        public void start(ConductCall call) {
            try {
                lifecycle.start(call);
            } catch (DomainError refused) {
                refusedOnThisThread(refused);
                throw refused;
            }
            startedOnThisThread();
        }

        @Override
        public void resume(ConductCall call, int reEstablishmentBoundary) {
            lifecycle.resume(call, reEstablishmentBoundary);
            startedOnThisThread();
        }

        @Override
        public void complete(ConductCall call, ActuationKind actuationKind) {
            lifecycle.complete(call, actuationKind);
        }

        @Override
        public void abort(ConductCall call, String reason, ActuationKind actuationKind) {
            lifecycle.abort(call, reason, actuationKind);
        }

        @Override
        public void hold(ConductCall call, String reason, ActuationKind actuationKind) {
            lifecycle.hold(call, reason, actuationKind);
        }
    }
}
