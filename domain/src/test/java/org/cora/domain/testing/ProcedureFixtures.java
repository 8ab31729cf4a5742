package org.cora.domain.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cora.domain.control.ActuationKind;
import org.cora.domain.json.CanonicalJson;
import org.cora.domain.json.Json;
import org.cora.domain.procedure.ProcedureEvent;
import org.cora.domain.procedure.ProcedureEvent.ProcedureAborted;
import org.cora.domain.procedure.ProcedureEvent.ProcedureAcquisitionHalted;
import org.cora.domain.procedure.ProcedureEvent.ProcedureActivitiesLogbookOpened;
import org.cora.domain.procedure.ProcedureEvent.ProcedureCompleted;
import org.cora.domain.procedure.ProcedureEvent.ProcedureHeld;
import org.cora.domain.procedure.ProcedureEvent.ProcedureHoldRequested;
import org.cora.domain.procedure.ProcedureEvent.ProcedureRegistered;
import org.cora.domain.procedure.ProcedureEvent.ProcedureResumed;
import org.cora.domain.procedure.ProcedureEvent.ProcedureStarted;
import org.cora.domain.procedure.ProcedureEvent.ProcedureTruncated;
import org.cora.domain.procedure.ProcedureEvent.ResolvedStepsRecorded;
import org.cora.domain.procedure.ProcedureId;
import org.cora.domain.procedure.ProcedureStatus;

/** Test data for the Procedure aggregate: one Procedure and the events that walk it through its life. */
public final class ProcedureFixtures {

    public static final ProcedureId PROCEDURE_ID = ProcedureId.of("0190f5a8-7d3e-7000-8000-00000000a001");
    public static final UUID ASSET_B = UUID.fromString("0190f5a8-7d3e-7000-8000-0000000000bb");
    public static final UUID ASSET_A = UUID.fromString("0190f5a8-7d3e-7000-8000-0000000000aa");
    public static final UUID PARENT_RUN = UUID.fromString("0190f5a8-7d3e-7000-8000-0000000000c1");
    public static final UUID CAPABILITY = UUID.fromString("0190f5a8-7d3e-7000-8000-0000000000d1");
    public static final UUID RECIPE = UUID.fromString("0190f5a8-7d3e-7000-8000-0000000000e1");
    public static final UUID LOGBOOK = UUID.fromString("0190f5a8-7d3e-7000-8000-0000000000f1");
    public static final UUID DECISION = UUID.fromString("0190f5a8-7d3e-7000-8000-0000000000de");
    public static final Instant EARLIER = FixedClock.NOW.minusSeconds(3600);
    public static final String HOLD_REASON = "vacuum lost";

    private ProcedureFixtures() {
    }

    public static ProcedureRegistered registered() {
        return new ProcedureRegistered(PROCEDURE_ID, "Bakeout of sector 2", "bakeout", List.of(ASSET_B, ASSET_A),
                PARENT_RUN, CAPABILITY, RECIPE, EARLIER);
    }

    public static ProcedureRegistered registeredBare() {
        return new ProcedureRegistered(PROCEDURE_ID, "Alignment", "alignment", List.of(), null, null, null, EARLIER);
    }

    public static ProcedureStarted started() {
        return new ProcedureStarted(PROCEDURE_ID, EARLIER.plusSeconds(1));
    }

    public static ProcedureActivitiesLogbookOpened logbookOpened() {
        return new ProcedureActivitiesLogbookOpened(PROCEDURE_ID, LOGBOOK, EARLIER.plusSeconds(2));
    }

    public static ProcedureCompleted completed(ActuationKind kind) {
        return new ProcedureCompleted(PROCEDURE_ID, EARLIER.plusSeconds(3), kind);
    }

    public static ProcedureAborted aborted(ActuationKind kind) {
        return new ProcedureAborted(PROCEDURE_ID, "operator stopped it", EARLIER.plusSeconds(3), kind);
    }

    public static ProcedureTruncated truncated() {
        return new ProcedureTruncated(PROCEDURE_ID, "power cut", EARLIER.plusSeconds(2), EARLIER.plusSeconds(3));
    }

    public static ProcedureHeld held(ActuationKind kind) {
        return new ProcedureHeld(PROCEDURE_ID, HOLD_REASON, null, EARLIER.plusSeconds(3), kind, null);
    }

    public static ProcedureResumed resumed(int boundary) {
        return new ProcedureResumed(PROCEDURE_ID, boundary, DECISION, EARLIER.plusSeconds(4));
    }

    public static ProcedureAcquisitionHalted acquisitionHalted() {
        return new ProcedureAcquisitionHalted(PROCEDURE_ID, 2, "collect", EARLIER.plusSeconds(5));
    }

    public static ProcedureHoldRequested holdRequested() {
        return new ProcedureHoldRequested(PROCEDURE_ID, "shift change", EARLIER.plusSeconds(3));
    }

    /** The wire form of the one step {@link #resolvedStepsRecorded()} pins. */
    public static Json.Arr pinnedWire() {
        return Json.Arr.of(Json.Obj.builder().put("kind", "setpoint").put("address", "2bma:rot")
                .put("value", Json.num(12.5)).put("verify", false).build());
    }

    /** A pin with the digest the decision computes: the SHA-256 of the canonical JSON of the list. */
    public static ResolvedStepsRecorded resolvedStepsRecorded() {
        Json.Arr steps = pinnedWire();
        return new ResolvedStepsRecorded(PROCEDURE_ID, steps, 1, CanonicalJson.sha256(steps), EARLIER.plusMillis(500));
    }

    /**
     * A history that leaves the Procedure in {@code status}: pinned before it started, with its
     * logbook open once it has run; a Held one was held with {@link #HOLD_REASON} after a simulated prefix.
     */
    public static List<ProcedureEvent> historyIn(ProcedureStatus status) {
        List<ProcedureEvent> events = new ArrayList<>(List.of(registered()));
        if (status == ProcedureStatus.Defined) {
            return events;
        }
        events.add(resolvedStepsRecorded());
        events.add(started());
        events.add(logbookOpened());
        switch (status) {
            case Held -> events.add(held(ActuationKind.Simulated));
            case Completed -> events.add(completed(ActuationKind.Physical));
            case Aborted -> events.add(aborted(ActuationKind.Simulated));
            case Truncated -> events.add(truncated());
            case Defined, Running -> { }
        }
        return events;
    }
}
