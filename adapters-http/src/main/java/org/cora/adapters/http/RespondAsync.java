package org.cora.adapters.http;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cora.application.conduct.AcceptedConduct;
import org.springframework.http.ResponseEntity;

/**
 * {@code Prefer: respond-async} (RFC 7240) on the conduct routes: whether the caller asked for it,
 * and the 202 that answers a conduct accepted in the background.
 */
public final class RespondAsync {

    static final String PREFER = "Prefer";
    static final String PREFERENCE_APPLIED = "Preference-Applied";
    static final String RESPOND_ASYNC = "respond-async";

    private RespondAsync() {
    }

    /** Whether a {@code Prefer} header lists {@code respond-async} (case-insensitive; parameters ignored). */
    public static boolean isPreferred(HttpServletRequest request) {
        for (String header : Collections.list(request.getHeaders(PREFER))) {
            for (String preference : header.split(",")) {
                String name = preference.split("[;=]", 2)[0].strip();
                if (name.equalsIgnoreCase(RESPOND_ASYNC)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** 202, {@code Location: /procedures/{id}}, {@code Preference-Applied: respond-async}, and where to follow it. */
    public static ResponseEntity<Map<String, Object>> accepted(AcceptedConduct accepted) {
        String procedure = "/procedures/" + accepted.procedureId();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("procedure_id", accepted.procedureId().toString());
        body.put("conduct_id", accepted.conductId().toString());
        body.put("correlation_id", accepted.correlationId().toString());
        body.put("accepted_at", accepted.acceptedAt().toString());
        body.put("status", "Running");
        body.put("activities_stream", procedure + "/activities/stream");
        body.put("conduct_result", procedure + "/conduct-result");
        return ResponseEntity.accepted()
                .location(URI.create(procedure))
                .header(PREFERENCE_APPLIED, RESPOND_ASYNC)
                .body(body);
    }
}
