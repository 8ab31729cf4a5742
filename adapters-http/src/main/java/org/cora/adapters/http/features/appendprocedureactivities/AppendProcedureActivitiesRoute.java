package org.cora.adapters.http.features.appendprocedureactivities;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cora.adapters.http.InvalidRequestError;
import org.cora.adapters.http.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.appendprocedureactivities.AppendProcedureActivitiesHandler;
import org.cora.domain.features.appendprocedureactivities.ActivityEntry;
import org.cora.domain.features.appendprocedureactivities.AppendProcedureActivitiesCommand;
import org.cora.domain.json.Json;
import org.cora.domain.procedure.ProcedureId;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /procedures/{id}/activities} {@code {"entries": [{event_id, step_kind, payload,
 * sampled_at, occurred_at?}]}} (1..500): journal rows from outside a conduct; a retried
 * {@code event_id} adds nothing. 200 {@code {"event_count": n}} counting the new rows.
 */
@RestController
public final class AppendProcedureActivitiesRoute {

    private static final Set<String> FIELDS = Set.of("entries");
    private static final Set<String> ENTRY_FIELDS = Set.of("event_id", "step_kind", "payload", "sampled_at",
            "occurred_at");

    private final AppendProcedureActivitiesHandler handler;
    private final RequestCaller callers;

    public AppendProcedureActivitiesRoute(AppendProcedureActivitiesHandler handler, RequestCaller callers) {
        this.handler = handler;
        this.callers = callers;
    }

    @PostMapping("/procedures/{procedureId}/activities")
    public Map<String, Object> append(@PathVariable String procedureId,
                                      @org.springframework.web.bind.annotation.RequestBody(required = false) String text,
                                      HttpServletRequest request) {
        ProcedureId id = new ProcedureId(RequestBody.pathId(procedureId, "procedure_id"));
        List<ActivityEntry> entries = entries(RequestBody.read(text, FIELDS));
        int count = handler.handle(new AppendProcedureActivitiesCommand(id, entries), callers.of(request));
        return Map.of("event_count", count);
    }

    private static List<ActivityEntry> entries(RequestBody body) {
        if (!(body.get("entries").orElse(null) instanceof Json.Arr array) || array.items().isEmpty()
                || array.items().size() > AppendProcedureActivitiesCommand.BATCH_MAX) {
            throw new InvalidRequestError("entries must be an array of 1.."
                    + AppendProcedureActivitiesCommand.BATCH_MAX + " entries");
        }
        List<ActivityEntry> entries = new ArrayList<>();
        for (int i = 0; i < array.items().size(); i++) {
            entries.add(entry(array.items().get(i), "entries[" + i + "]"));
        }
        return entries;
    }

    private static ActivityEntry entry(Json item, String path) {
        if (!(item instanceof Json.Obj object)) {
            throw new InvalidRequestError(path + " must be an object");
        }
        RequestBody entry = RequestBody.read(object.toJsonText(), ENTRY_FIELDS);
        if (!(entry.get("payload").orElse(null) instanceof Json.Obj payload)) {
            throw new InvalidRequestError(path + ".payload must be a JSON object");
        }
        return new ActivityEntry(RequestBody.uuid(entry.requiredString("event_id"), path + ".event_id"),
                entry.requiredString("step_kind"), payload,
                RequestBody.instant(entry.requiredString("sampled_at"), path + ".sampled_at"),
                entry.optionalInstant("occurred_at").orElse(null));
    }
}
