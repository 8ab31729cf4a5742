package org.cora.adapters.http.features.getcapability;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.cora.application.wire.RecipeViews;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.getcapability.GetCapabilityHandler;
import org.cora.application.features.getcapability.GetCapabilityQuery;
import org.cora.domain.capability.CapabilityId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /capabilities/{id}}: the folded state; 404 when absent. */
@RestController
public final class GetCapabilityRoute {

    private final GetCapabilityHandler handler;
    private final RequestCaller callers;

    public GetCapabilityRoute(GetCapabilityHandler handler, RequestCaller callers) {
        this.handler = handler;
        this.callers = callers;
    }

    @GetMapping("/capabilities/{capabilityId}")
    public Map<String, Object> get(@PathVariable String capabilityId, HttpServletRequest request) {
        CapabilityId id = new CapabilityId(RequestBody.pathId(capabilityId, "capability_id"));
        return RecipeViews.capability(handler.handle(new GetCapabilityQuery(id), callers.of(request)));
    }
}
