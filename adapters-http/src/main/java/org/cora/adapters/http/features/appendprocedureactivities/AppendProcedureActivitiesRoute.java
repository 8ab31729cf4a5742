package org.cora.adapters.http.features.appendprocedureactivities;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cora.application.wire.ActivityEntryRequests;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.appendprocedureactivities.AppendProcedureActivitiesHandler;
import org.cora.domain.features.appendprocedureactivities.ActivityEntry;
import org.cora.domain.features.appendprocedureactivities.AppendProcedureActivitiesCommand;
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
        List<ActivityEntry> entries = ActivityEntryRequests.read(RequestBody.read(text, FIELDS));
        int count = handler.handle(new AppendProcedureActivitiesCommand(id, entries), callers.of(request));
        return Map.of("event_count", count);
    }
}
