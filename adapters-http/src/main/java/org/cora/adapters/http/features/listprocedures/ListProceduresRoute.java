package org.cora.adapters.http.features.listprocedures;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.cora.adapters.http.JsonViews;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.listprocedures.InvalidProcedureListQueryError;
import org.cora.application.features.listprocedures.ListProceduresHandler;
import org.cora.application.features.listprocedures.ListProceduresPage;
import org.cora.application.features.listprocedures.ListProceduresParameters;
import org.cora.application.port.ProcedureSummary;
import org.cora.domain.json.Json;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /procedures?status=&kind=&target_asset_id=&parent_run_id=&cursor=&limit=}: one page
 * of the Procedure list in registration (procedure id) order, from the list read model, which
 * follows the event stream with a short lag. Pass {@code next_cursor} back as {@code cursor} for
 * the next page; it is null on the last one.
 */
@RestController
public final class ListProceduresRoute {

    private final ListProceduresHandler handler;
    private final RequestCaller callers;

    public ListProceduresRoute(ListProceduresHandler handler, RequestCaller callers) {
        this.handler = handler;
        this.callers = callers;
    }

    @GetMapping("/procedures")
    public Map<String, Object> list(HttpServletRequest request) {
        ListProceduresPage page = handler.handle(ListProceduresParameters.parse(parameters(request)),
                callers.of(request));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page.items().stream().map(ListProceduresRoute::summary).toList());
        body.put("next_cursor", page.nextCursor().orElse(null));
        return body;
    }

    private static Map<String, String> parameters(HttpServletRequest request) {
        Map<String, String> single = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (values.length != 1) {
                throw new InvalidProcedureListQueryError("parameter '" + name + "' must be given once");
            }
            single.put(name, values[0]);
        });
        return single;
    }

    private static Map<String, Object> summary(ProcedureSummary s) {
        return JsonViews.plain(Json.Obj.builder()
                .put("procedure_id", s.procedureId().toString())
                .put("name", s.name())
                .put("kind", s.kind())
                .put("status", s.status().name())
                .put("target_asset_ids", Json.of(s.targetAssetIds().stream().map(UUID::toString).toList()))
                .put("parent_run_id", text(s.parentRunId()))
                .put("capability_id", text(s.capabilityId()))
                .put("recipe_id", text(s.recipeId()))
                .put("activity_logbook_id", text(s.activityLogbookId()))
                .put("actuation_kind", text(s.actuationKind()))
                .put("pending_hold_reason", s.pendingHoldReason())
                .put("registered_at", text(s.registeredAt()))
                .put("updated_at", text(s.updatedAt()))
                .put("last_event_version", s.lastEventVersion())
                .build());
    }

    private static String text(Object value) {
        return value == null ? null : value instanceof Instant at ? at.toString() : value.toString();
    }
}
