package org.cora.domain.resume;

import java.util.List;
import java.util.Optional;
import org.cora.domain.json.Json;
import org.cora.domain.step.ActionStep;
import org.cora.domain.step.Step;
import org.cora.domain.step.StepWireCodec;

/**
 * Where to resume a conduct from, read off its journal. A walk is sequential and every
 * side-effecting step journals {@code in_flight} before it acts, so the last conductor row says
 * it all: an {@code in_flight} row is the step that was interrupted mid-effect; a {@code failed}
 * row is the step that failed; an {@code ok} row means the next step was not yet done. No row at
 * all means nothing was done.
 *
 * @param boundary the absolute index of the first step to replay ({@code stepCount} when all are done)
 * @param haltsAtAcquisition whether a replay from the boundary would stop at an action for the operator
 */
public record ResumePoint(int boundary, Reason reason, Step step, int stepCount, boolean haltsAtAcquisition) {

    /** Why the boundary is where it is; the wire names are those of {@link #wireName()}. */
    public enum Reason {
        IN_FLIGHT("in_flight"), FAILED("failed"), NEXT("next");

        private final String wireName;

        Reason(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    /** From the payload of the journal's last conductor row (one with {@code step_index} and {@code result}), if any. */
    public static ResumePoint from(Optional<Json.Obj> lastStepRow, List<Step> pinned) {
        if (lastStepRow.isEmpty()) {
            return at(0, Reason.NEXT, pinned);
        }
        Json.Obj row = lastStepRow.get();
        int index = ((Json.Num) row.get("step_index").orElseThrow()).value().intValueExact();
        String result = ((Json.Str) row.get("result").orElseThrow()).value();
        return switch (result) {
            case "in_flight" -> at(index, Reason.IN_FLIGHT, pinned);
            case "failed" -> at(index, Reason.FAILED, pinned);
            default -> at(Math.min(index + 1, pinned.size()), Reason.NEXT, pinned);
        };
    }

    private static ResumePoint at(int boundary, Reason reason, List<Step> pinned) {
        int clamped = Math.min(boundary, pinned.size());
        boolean halts = pinned.subList(clamped, pinned.size()).stream().anyMatch(s -> s instanceof ActionStep);
        return new ResumePoint(clamped, reason, clamped < pinned.size() ? pinned.get(clamped) : null, pinned.size(), halts);
    }

    public Json.Obj toPayload() {
        return Json.Obj.builder()
                .put("re_establishment_boundary", boundary)
                .put("reason", reason.wireName())
                .put("step", step == null ? Json.NULL : StepWireCodec.toPayload(step))
                .put("step_count", stepCount)
                .put("halts_at_acquisition", haltsAtAcquisition)
                .build();
    }
}
