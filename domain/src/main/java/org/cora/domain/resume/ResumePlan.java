package org.cora.domain.resume;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.cora.domain.json.Json;
import org.cora.domain.procedure.InvalidProcedureReEstablishmentBoundaryError;
import org.cora.domain.procedure.Procedure;
import org.cora.domain.procedure.ProcedureCannotResumeError;
import org.cora.domain.procedure.ProcedureEvent;
import org.cora.domain.procedure.ProcedureId;
import org.cora.domain.procedure.ProcedureNotFoundError;
import org.cora.domain.procedure.ProcedureStatus;
import org.cora.domain.procedure.ResolvedStepsPin;
import org.cora.domain.procedure.ProcedureTransitions;
import org.cora.domain.step.Step;

/**
 * What a conduct-from replays: the pinned steps of the conduct that started, the boundary to
 * replay from, and the captures to start with.
 *
 * @param computed the resume point read off the journal (used when no boundary was asked for)
 */
public record ResumePlan(List<Step> steps, int boundary, Map<String, Json> captures, ResumePoint computed) {

    public ResumePlan {
        steps = List.copyOf(steps);
        captures = Map.copyOf(captures);
    }

    /**
     * Checks, in order: the Procedure exists; it is Held (before anything else is read, so a
     * Defined or finished Procedure never reaches the pin); the pin of the started conduct exists
     * and matches its digest; the boundary (asked for, else computed) lies within 0..step count.
     * With {@code restoreCaptures}, captures journaled {@code ok} before the boundary are restored
     * (the latest of each name).
     *
     * @param captureRows payloads of the journal's capture rows, in append order
     */
    public static ResumePlan plan(ProcedureId id, Procedure state, List<ProcedureEvent> events, OptionalLong requested,
                                  Optional<Json.Obj> lastStepRow, boolean restoreCaptures, List<Json.Obj> captureRows) {
        if (state == null) {
            throw new ProcedureNotFoundError(id);
        }
        if (!ProcedureTransitions.RESUMABLE_FROM.contains(state.status())) {
            throw new ProcedureCannotResumeError(id, state.status(), false);
        }
        List<Step> pinned = ResolvedStepsPin.ofStartedConduct(id, events);
        ResumePoint computed = ResumePoint.from(lastStepRow, pinned);
        long boundary = requested.orElse(computed.boundary());
        if (boundary < 0) {
            throw new InvalidProcedureReEstablishmentBoundaryError(boundary, "it must be 0 or more");
        }
        if (boundary > pinned.size()) {
            throw new InvalidProcedureReEstablishmentBoundaryError(boundary,
                    "the pinned list has " + pinned.size() + " steps (the boundary may be at most that)");
        }
        Map<String, Json> captures = restoreCaptures ? capturedBefore((int) boundary, captureRows) : Map.of();
        return new ResumePlan(pinned, (int) boundary, captures, computed);
    }

    /** The resume point of a started Procedure, whatever its status now; a Defined one has none. */
    public static ResumePoint pointOf(ProcedureId id, Procedure state, List<ProcedureEvent> events,
                                      Optional<Json.Obj> lastStepRow) {
        if (state == null) {
            throw new ProcedureNotFoundError(id);
        }
        if (state.status() == ProcedureStatus.Defined) {
            throw new ProcedureCannotResumeError(id, state.status(), false);
        }
        return ResumePoint.from(lastStepRow, ResolvedStepsPin.ofStartedConduct(id, events));
    }

    private static Map<String, Json> capturedBefore(int boundary, List<Json.Obj> captureRows) {
        Map<String, Json> captures = new HashMap<>();
        for (Json.Obj row : captureRows) {
            boolean before = row.get("step_index").filter(i -> i instanceof Json.Num n && n.value().intValue() < boundary)
                    .isPresent();
            boolean ok = row.get("result").filter(Json.str("ok")::equals).isPresent();
            if (before && ok && row.get("capture_name").orElse(Json.NULL) instanceof Json.Str name) {
                row.get("captured_value").ifPresent(value -> captures.put(name.value(), value));
            }
        }
        return captures;
    }
}
