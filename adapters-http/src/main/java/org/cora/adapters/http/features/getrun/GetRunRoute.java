package org.cora.adapters.http.features.getrun;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.cora.application.wire.EquipmentViews;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.getrun.GetRunHandler;
import org.cora.application.features.getrun.GetRunQuery;
import org.cora.domain.run.RunId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /runs/{id}}: the folded state; 404 when absent. */
@RestController
public final class GetRunRoute {

    private final GetRunHandler handler;
    private final RequestCaller callers;

    public GetRunRoute(GetRunHandler handler, RequestCaller callers) {
        this.handler = handler;
        this.callers = callers;
    }

    @GetMapping("/runs/{runId}")
    public Map<String, Object> get(@PathVariable String runId, HttpServletRequest request) {
        RunId id = new RunId(RequestBody.pathId(runId, "run_id"));
        return EquipmentViews.run(handler.handle(new GetRunQuery(id), callers.of(request)));
    }
}
