package org.cora.domain.run;

import java.time.Instant;
import java.util.List;
import org.cora.domain.json.Json;
import org.cora.domain.plan.PlanId;
import org.cora.domain.run.RunEvent.RunHeld;
import org.cora.domain.run.RunEvent.RunResumed;
import org.cora.domain.run.RunEvent.RunStarted;
import org.cora.domain.shared.StoredPayload;

/** Run events to and from their stored payloads (snake_case keys). */
public final class RunEventCodec {

    public static final List<String> EVENT_TYPES = List.of("RunStarted", "RunHeld", "RunResumed");

    private RunEventCodec() {
    }

    public static Json.Obj toPayload(RunEvent event) {
        Json.ObjBuilder out = Json.Obj.builder().put("run_id", event.runId().toString());
        switch (event) {
            case RunStarted s -> out.put("plan_id", s.planId().toString());
            case RunHeld h -> out.put("reason", h.reason());
            case RunResumed r -> { }
        }
        return out.put("occurred_at", event.occurredAt().toString()).build();
    }

    public static RunEvent fromStored(String eventType, Json.Obj payload) {
        if (!EVENT_TYPES.contains(eventType)) {
            throw new UnknownRunEventTypeError(eventType);
        }
        StoredPayload p = new StoredPayload(eventType, payload, MalformedRunEventError::new);
        RunId id = new RunId(p.uuid("run_id"));
        Instant at = p.instant("occurred_at");
        return switch (eventType) {
            case "RunStarted" -> new RunStarted(id, new PlanId(p.uuid("plan_id")), at);
            case "RunHeld" -> new RunHeld(id, p.string("reason"), at);
            case "RunResumed" -> new RunResumed(id, at);
            default -> throw new UnknownRunEventTypeError(eventType);
        };
    }
}
