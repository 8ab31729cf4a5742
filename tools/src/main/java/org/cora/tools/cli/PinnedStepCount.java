package org.cora.tools.cli;

import java.util.OptionalInt;
import org.cora.domain.json.Json;

/**
 * How many steps the Procedure's conduct pinned: the {@code step_count} of its last
 * {@code ResolvedStepsRecorded} event. Asked again until there is one, then remembered; when the
 * events may not be read, the count stays unknown rather than stopping what shows it.
 */
final class PinnedStepCount {

    private final CoraClient client;
    private final String procedureId;
    private OptionalInt known = OptionalInt.empty();
    private boolean refused;

    PinnedStepCount(CoraClient client, String procedureId) {
        this.client = client;
        this.procedureId = procedureId;
    }

    OptionalInt get() {
        if (known.isEmpty() && !refused) {
            try {
                known = of(client.get("/procedures/" + CoraClient.segment(procedureId) + "/events").json());
            } catch (ServiceRefused notReadable) {
                refused = true;
            }
        }
        return known;
    }

    static OptionalInt of(Json.Obj events) {
        return JsonFields.objects(events, "items").stream()
                .filter(e -> JsonFields.text(e, "event_type").filter("ResolvedStepsRecorded"::equals).isPresent())
                .reduce((first, second) -> second)
                .flatMap(e -> JsonFields.object(e, "payload"))
                .map(p -> JsonFields.integer(p, "step_count")).orElse(OptionalInt.empty());
    }
}
