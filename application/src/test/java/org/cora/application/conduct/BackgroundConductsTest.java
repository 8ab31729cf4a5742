package org.cora.application.conduct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.cora.application.port.Caller;
import org.cora.application.port.ConductLocks;
import org.cora.application.port.ConductOutcome;
import org.cora.application.port.ConductOutcomes;
import org.cora.application.testing.ImmediateTransactions;
import org.cora.domain.conductor.ConductCall;
import org.cora.domain.conductor.HoldSignal;
import org.cora.domain.conductor.ProcedureLifecycle;
import org.cora.domain.control.ActuationKind;
import org.cora.domain.json.Json;
import org.cora.domain.procedure.ProcedureCannotStartError;
import org.cora.domain.procedure.ProcedureConductInProgressError;
import org.cora.domain.procedure.ProcedureId;
import org.cora.domain.procedure.ProcedureNotFoundError;
import org.cora.domain.procedure.ProcedureStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BackgroundConductsTest {

    private static final ProcedureId PROCEDURE = new ProcedureId(UUID.fromString("01960000-0000-7000-8000-000000000001"));
    private static final Caller CALLER = new Caller("operator:ada", UUID.fromString("01960000-0000-7000-8000-0000000000cc"));
    private static final ConductCall CALL = new ConductCall(PROCEDURE, CALLER.principal(), CALLER.correlationId());
    private static final Json.Obj RESULT = Json.Obj.builder().put("succeeded", true).build();

    private final RecordingOutcomes outcomes = new RecordingOutcomes();
    private final TakenLocks locks = new TakenLocks();
    private final AtomicLong ids = new AtomicLong();
    private final BackgroundConducts background = new BackgroundConducts(1,
            new ConductSession(new ImmediateTransactions(), locks), outcomes,
            () -> Instant.parse("2026-01-01T00:00:00Z"), () -> new UUID(0x0196L, ids.incrementAndGet()));
    private final ProcedureLifecycle lifecycle = background.announcingStarts(new StartingLifecycle());
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void letEveryWalkEnd() {
        release.countDown();
        background.stop(Duration.ofSeconds(5));
    }

    @Test
    void theCallerIsAnsweredOnceTheWalkHasStartedTheProcedureAndTheResultIsRecordedWhenItEnds() throws Exception {
        CountDownLatch ended = new CountDownLatch(1);

        AcceptedConduct accepted = background.start(PROCEDURE, CALLER, "ConductProcedure", () -> {
            lifecycle.start(CALL);
            await(release);
            ended.countDown();
            return RESULT;
        });

        assertThat(accepted.procedureId()).isEqualTo(PROCEDURE);
        assertThat(accepted.correlationId()).isEqualTo(CALLER.correlationId());
        assertThat(ended.getCount()).as("the walk still runs").isEqualTo(1);
        assertThat(outcomes.latest(PROCEDURE).orElseThrow().state(true)).isEqualTo(ConductOutcome.State.walking);
        assertThat(locks.held).as("the worker holds the conduct lock").contains(PROCEDURE);
        release.countDown();
        assertThat(ended.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(background.stop(Duration.ofSeconds(5))).isTrue();
        ConductOutcome finished = outcomes.latest(PROCEDURE).orElseThrow();
        assertThat(finished.state(false)).isEqualTo(ConductOutcome.State.finished);
        assertThat(finished.result()).isEqualTo(RESULT);
        assertThat(finished.conductId()).isEqualTo(accepted.conductId());
        assertThat(locks.held).as("released after the outcome was recorded").isEmpty();
    }

    @Test
    void whatRefusesTheConductBeforeTheStartIsThrownToTheCallerAndNothingIsRecorded() {
        assertThatThrownBy(() -> background.start(PROCEDURE, CALLER, "ConductProcedure", () -> {
            throw new ProcedureNotFoundError(PROCEDURE);
        })).isInstanceOf(ProcedureNotFoundError.class);

        assertThat(outcomes.rows).isEmpty();
        assertThat(locks.held).isEmpty();
    }

    @Test
    void aStartTheLifecycleRefusesIsThrownToTheCallerThoughTheConductorReturnsItAsAResult() {
        ProcedureLifecycle refusing = background.announcingStarts(new StartingLifecycle() {
            @Override
            public void start(ConductCall call) {
                throw new ProcedureCannotStartError(PROCEDURE, ProcedureStatus.Completed);
            }
        });

        assertThatThrownBy(() -> background.start(PROCEDURE, CALLER, "ConductProcedure", () -> {
            try {
                refusing.start(CALL);
            } catch (ProcedureCannotStartError returnedAsALifecycleFailure) {
                return Json.Obj.builder().put("succeeded", false).build();
            }
            return RESULT;
        })).isInstanceOf(ProcedureCannotStartError.class);
        assertThat(outcomes.rows).isEmpty();
    }

    @Test
    void aConductInProgressIsRefusedBeforeTheWalkRuns() {
        locks.held.add(PROCEDURE);
        List<String> ran = new ArrayList<>();

        assertThatThrownBy(() -> background.start(PROCEDURE, CALLER, "ConductProcedure", () -> {
            ran.add("walk");
            return RESULT;
        })).isInstanceOf(ProcedureConductInProgressError.class);
        assertThat(ran).isEmpty();
    }

    @Test
    void whenEveryWorkerWalksTheNextConductIsRefusedAtOnce() {
        background.start(PROCEDURE, CALLER, "ConductProcedure", () -> {
            lifecycle.start(CALL);
            await(release);
            return RESULT;
        });
        ProcedureId other = new ProcedureId(UUID.fromString("01960000-0000-7000-8000-000000000002"));

        assertThatThrownBy(() -> background.start(other, CALLER, "ConductProcedure", () -> RESULT))
                .isInstanceOf(ConductWorkersBusyError.class)
                .hasMessageContaining("all 1 conduct workers are walking");
    }

    @Test
    void aFailureAfterTheStartIsRecordedForTheCallerToRead() {
        background.start(PROCEDURE, CALLER, "ConductProcedure", () -> {
            lifecycle.start(CALL);
            throw new IllegalStateException("the database went away");
        });
        background.stop(Duration.ofSeconds(5));

        ConductOutcome failed = outcomes.latest(PROCEDURE).orElseThrow();
        assertThat(failed.state(false)).isEqualTo(ConductOutcome.State.failed);
        assertThat(failed.error()).isEqualTo(Json.Obj.builder().put("error_class", "IllegalStateException")
                .put("message", "the database went away").build());
    }

    @Test
    void onceStoppingEveryWalkIsAskedToHoldAtItsNextBoundaryAndNoBackgroundConductStarts() {
        HoldSignal signal = background.holdingWhenStopping(call -> Optional.empty());
        HoldSignal operatorFirst = background.holdingWhenStopping(call -> Optional.of("operator pause"));
        assertThat(signal.pendingHold(CALL)).isEmpty();

        background.stop(Duration.ofSeconds(1));

        assertThat(signal.pendingHold(CALL)).contains(BackgroundConducts.SHUTDOWN_HOLD_REASON);
        assertThat(operatorFirst.pendingHold(CALL)).contains("operator pause");
        assertThatThrownBy(() -> background.start(PROCEDURE, CALLER, "ConductProcedure", () -> RESULT))
                .isInstanceOf(ConductWorkersBusyError.class)
                .hasMessageContaining("stopping");
    }

    @Test
    void aRestartAfterAStopTakesBackgroundConductsAgainAndAsksNoMoreHolds() {
        HoldSignal signal = background.holdingWhenStopping(call -> Optional.empty());
        background.stop(Duration.ofSeconds(1));

        background.restart();

        assertThat(signal.pendingHold(CALL)).isEmpty();
        AcceptedConduct accepted = background.start(PROCEDURE, CALLER, "ConductProcedure", () -> {
            lifecycle.start(CALL);
            return RESULT;
        });
        assertThat(accepted.procedureId()).isEqualTo(PROCEDURE);
    }

    @Test
    void aSynchronousConductPassesThroughTheAnnouncingLifecycleUntouched() {
        lifecycle.start(CALL);
        lifecycle.complete(CALL, ActuationKind.Simulated);

        assertThat(outcomes.rows).isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A lifecycle that accepts every transition. */
    private static class StartingLifecycle implements ProcedureLifecycle {
        @Override
        public void start(ConductCall call) {
        }

        @Override
        public void complete(ConductCall call, ActuationKind actuationKind) {
        }

        @Override
        public void abort(ConductCall call, String reason, ActuationKind actuationKind) {
        }

        @Override
        public void hold(ConductCall call, String reason, ActuationKind actuationKind) {
        }

        @Override
        public void resume(ConductCall call, int reEstablishmentBoundary) {
        }
    }

    /** Locks as a set, re-entrant like PostgreSQL's session locks are for the session holding them. */
    private static final class TakenLocks implements ConductLocks {
        final Set<ProcedureId> held = ConcurrentHashMap.newKeySet();
        private final Map<ProcedureId, Integer> depth = new ConcurrentHashMap<>();
        private volatile Thread holder;

        @Override
        public synchronized boolean tryLock(ProcedureId procedureId) {
            if (held.contains(procedureId) && holder != Thread.currentThread()) {
                return false;
            }
            held.add(procedureId);
            holder = Thread.currentThread();
            depth.merge(procedureId, 1, Integer::sum);
            return true;
        }

        @Override
        public synchronized void unlock(ProcedureId procedureId) {
            if (depth.merge(procedureId, -1, Integer::sum) == 0) {
                depth.remove(procedureId);
                held.remove(procedureId);
            }
        }

        @Override
        public boolean isLocked(ProcedureId procedureId) {
            return held.contains(procedureId);
        }
    }

    private static final class RecordingOutcomes implements ConductOutcomes {
        final List<ConductOutcome> rows = new ArrayList<>();

        @Override
        public synchronized void accepted(ConductOutcome accepted) {
            rows.add(accepted);
        }

        @Override
        public synchronized void finished(UUID conductId, Instant finishedAt, Json.Obj result) {
            replace(conductId, finishedAt, result, null);
        }

        @Override
        public synchronized void failed(UUID conductId, Instant finishedAt, Json.Obj error) {
            replace(conductId, finishedAt, null, error);
        }

        @Override
        public synchronized Optional<ConductOutcome> latest(ProcedureId procedureId) {
            return rows.stream().filter(r -> r.procedureId().equals(procedureId)).reduce((a, b) -> b);
        }

        private void replace(UUID conductId, Instant at, Json.Obj result, Json.Obj error) {
            rows.replaceAll(r -> r.conductId().equals(conductId) ? new ConductOutcome(r.conductId(), r.procedureId(),
                    r.commandName(), r.principal(), r.correlationId(), r.acceptedAt(), at, result, error) : r);
        }
    }
}
