package org.cora.adapters.http.features.listprocedures;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.listprocedures.InvalidProcedureListQueryError;
import org.cora.application.features.listprocedures.ListProceduresHandler;
import org.cora.application.features.listprocedures.ListProceduresPage;
import org.cora.application.features.listprocedures.ListProceduresParameters;
import org.cora.application.wire.JsonViews;
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
        body.put("items", page.items().stream().map(JsonViews::procedureSummary).toList());
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
}
