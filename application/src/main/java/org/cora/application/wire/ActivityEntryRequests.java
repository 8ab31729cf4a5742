package org.cora.application.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cora.domain.features.appendprocedureactivities.ActivityEntry;
import org.cora.domain.features.appendprocedureactivities.AppendProcedureActivitiesCommand;
import org.cora.domain.json.Json;

/**
 * The {@code entries} of an activities request: 1..{@value AppendProcedureActivitiesCommand#BATCH_MAX}
 * objects {@code {event_id, step_kind, payload, sampled_at, occurred_at?}}, nothing else.
 */
public final class ActivityEntryRequests {

    public static final Set<String> ENTRY_FIELDS = Set.of("event_id", "step_kind", "payload", "sampled_at",
            "occurred_at");

    private ActivityEntryRequests() {
    }

    public static List<ActivityEntry> read(RequestBody body) {
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
        RequestBody entry = RequestBody.of(object, ENTRY_FIELDS);
        if (!(entry.get("payload").orElse(null) instanceof Json.Obj payload)) {
            throw new InvalidRequestError(path + ".payload must be a JSON object");
        }
        return new ActivityEntry(RequestBody.uuid(entry.requiredString("event_id"), path + ".event_id"),
                entry.requiredString("step_kind"), payload,
                RequestBody.instant(entry.requiredString("sampled_at"), path + ".sampled_at"),
                entry.optionalInstant("occurred_at").orElse(null));
    }
}
