package org.cora.domain.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cora.domain.conductor.ConductCall;
import org.cora.domain.conductor.HoldSignal;
import org.cora.domain.conductor.ProcedureLifecycle;
import org.cora.domain.conductor.StepJournal;
import org.cora.domain.conductor.StepRecord;
import org.cora.domain.control.ActuationKind;
import org.cora.domain.features.abortprocedure.AbortProcedureCommand;
import org.cora.domain.features.abortprocedure.AbortProcedureDecider;
import org.cora.domain.features.appendprocedureactivities.ActivityEntry;
import org.cora.domain.features.appendprocedureactivities.AppendProcedureActivitiesCommand;
import org.cora.domain.features.appendprocedureactivities.AppendProcedureActivitiesDecider;
import org.cora.domain.features.completeprocedure.CompleteProcedureCommand;
import org.cora.domain.features.completeprocedure.CompleteProcedureDecider;
import org.cora.domain.features.holdprocedure.HoldProcedureCommand;
import org.cora.domain.features.holdprocedure.HoldProcedureDecider;
import org.cora.domain.features.resumeprocedure.ResumeProcedureCommand;
import org.cora.domain.features.resumeprocedure.ResumeProcedureDecider;
import org.cora.domain.features.startprocedure.StartProcedureCommand;
import org.cora.domain.features.startprocedure.StartProcedureDecider;
import org.cora.domain.json.Json;
import org.cora.domain.procedure.Procedure;
import org.cora.domain.procedure.ProcedureEvent;
import org.cora.domain.procedure.ProcedureEvolver;
import org.cora.domain.procedure.ProcedureId;
import org.cora.domain.procedure.ProcedureStatus;
import org.cora.domain.procedure.ResolvedStepsPin;
import org.cora.domain.resume.ResumePoint;
import org.cora.domain.shared.Clock;
import org.cora.domain.step.Step;

/**
 * One Procedure whose stream and journal live in memory, driven through the real deciders: the
 * journal, lifecycle and hold-signal ports of a Conductor, as the slices would answer them,
 * without a store. No mocks: every refusal is the decider's own.
 */
public final class DeciderBackedProcedure implements StepJournal, ProcedureLifecycle, HoldSignal {

    public static final UUID LOGBOOK = UUID.fromString("0190f5a8-7d3e-7000-8000-0000000000f9");

    private final ProcedureId id;
    private final Clock clock;
    private final List<ProcedureEvent> events = new ArrayList<>();
    private final List<StepRecord> rows = new ArrayList<>();
    private final boolean answersHoldSignal;
    private boolean conductorWalking;

    /** {@code answersHoldSignal} false leaves the journal's refusal of markers as the only way to learn of a hold. */
    public DeciderBackedProcedure(Clock clock, boolean answersHoldSignal, ProcedureEvent... history) {
        this.clock = clock;
        this.answersHoldSignal = answersHoldSignal;
        this.events.addAll(List.of(history));
        this.id = state().id();
    }

    public Procedure state() {
        return ProcedureEvolver.fold(events);
    }

    public ProcedureStatus status() {
        return state().status();
    }

    public List<ProcedureEvent> events() {
        return List.copyOf(events);
    }

    public List<String> eventTypes() {
        return events.stream().map(ProcedureEvent::eventType).toList();
    }

    public List<StepRecord> rows() {
        return List.copyOf(rows);
    }

    public List<String> indexedResults() {
        return rows.stream().map(StepRecord::payload).map(p -> ((Json.Num) p.get("step_index").orElseThrow()).value()
                .intValueExact() + ":" + ((Json.Str) p.get("result").orElseThrow()).value()).toList();
    }

    /** Pins {@code steps} as a conduct does before it starts. */
    public DeciderBackedProcedure pinned(List<Step> steps) {
        events.addAll(ResolvedStepsPin.decide(state(), steps, clock.now()));
        return this;
    }

    public List<Step> pinnedSteps() {
        return ResolvedStepsPin.ofStartedConduct(id, events);
    }

    public ResumePoint resumePoint() {
        Optional<Json.Obj> last = rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(rows.size() - 1).payload());
        return ResumePoint.from(last, pinnedSteps());
    }

    /** An operator's hold through the hold slice: a request while a conductor walks, else immediate. */
    public void operatorHolds(String reason) {
        events.addAll(HoldProcedureDecider.decide(state(), HoldProcedureCommand.byOperator(id, reason),
                conductorWalking, clock.now()));
    }

    /** The service holding a Procedure whose conductor was lost, recording where to resume. */
    public void serviceHoldsForALostConductor(String reason) {
        events.addAll(HoldProcedureDecider.decide(state(), new HoldProcedureCommand(id, reason, true, null, null,
                resumePoint().toPayload()), false, clock.now()));
    }

    public void operatorAborts(String reason) {
        events.addAll(AbortProcedureDecider.decide(state(), new AbortProcedureCommand(id, reason, null), clock.now()));
    }

    @Override
    public void record(ConductCall call, StepRecord row) {
        ActivityEntry entry = new ActivityEntry(row.eventId(), row.stepKind(), row.payload(), row.sampledAt(), null);
        events.addAll(AppendProcedureActivitiesDecider.decide(state(),
                new AppendProcedureActivitiesCommand(id, List.of(entry)), LOGBOOK, clock.now()));
        rows.add(row);
    }

    @Override
    public Optional<String> pendingHold(ConductCall call) {
        conductorWalking = true;
        return answersHoldSignal ? Optional.ofNullable(state().pendingHoldReason()) : Optional.empty();
    }

    @Override
    public void start(ConductCall call) {
        events.addAll(StartProcedureDecider.decide(state(), new StartProcedureCommand(id), clock.now()));
        conductorWalking = true;
    }

    @Override
    public void complete(ConductCall call, ActuationKind actuationKind) {
        conductorWalking = false;
        events.addAll(CompleteProcedureDecider.decide(state(), new CompleteProcedureCommand(id, actuationKind),
                clock.now()));
    }

    @Override
    public void abort(ConductCall call, String reason, ActuationKind actuationKind) {
        conductorWalking = false;
        events.addAll(AbortProcedureDecider.decide(state(), new AbortProcedureCommand(id, reason, actuationKind),
                clock.now()));
    }

    @Override
    public void hold(ConductCall call, String reason, ActuationKind actuationKind) {
        conductorWalking = false;
        events.addAll(HoldProcedureDecider.decide(state(), new HoldProcedureCommand(id, reason, true, actuationKind,
                null, null), true, clock.now()));
    }

    @Override
    public void resume(ConductCall call, int reEstablishmentBoundary) {
        events.addAll(ResumeProcedureDecider.decide(state(), new ResumeProcedureCommand(id, reEstablishmentBoundary,
                null), false, clock.now()));
        conductorWalking = true;
    }
}
