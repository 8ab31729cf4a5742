package org.cora.domain.conductor;

import org.cora.domain.json.Json;

/**
 * Why a conduct stopped. {@code stepIndex} is the absolute position in the conducted list, null
 * for a lifecycle failure; {@code sourceKind} is a step kind or {@code lifecycle}.
 */
public record ConductorFailure(Integer stepIndex, String sourceKind, String target, String errorClass, String message) {

    public static final String LIFECYCLE = "lifecycle";
    static final int REASON_MAX = 500;

    public static ConductorFailure lifecycle(String phase, String errorClass, String message) {
        return new ConductorFailure(null, LIFECYCLE, phase, errorClass, message);
    }

    /** The reason an abort (or a hold) records: {@code setpoint[1] addr failed: Class: message}, at most 500 characters. */
    public String derivedReason() {
        String where = stepIndex == null ? sourceKind + " " + target : sourceKind + "[" + stepIndex + "] " + target;
        String reason = where + " failed: " + errorClass + ": " + message;
        if (reason.length() <= REASON_MAX) {
            return reason;
        }
        int cut = Character.isLowSurrogate(reason.charAt(REASON_MAX)) ? REASON_MAX - 1 : REASON_MAX;
        return reason.substring(0, cut);
    }

    public Json.Obj toPayload() {
        return Json.Obj.builder()
                .put("step_index", stepIndex == null ? Json.NULL : Json.num(stepIndex))
                .put("source_kind", sourceKind)
                .put("target", target)
                .put("error_class", errorClass)
                .put("message", message)
                .build();
    }
}
