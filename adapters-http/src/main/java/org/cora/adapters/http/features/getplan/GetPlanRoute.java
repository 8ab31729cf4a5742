package org.cora.adapters.http.features.getplan;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.cora.application.wire.EquipmentViews;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.getplan.GetPlanHandler;
import org.cora.application.features.getplan.GetPlanQuery;
import org.cora.domain.plan.PlanId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /plans/{id}}: the folded state; 404 when absent. */
@RestController
public final class GetPlanRoute {

    private final GetPlanHandler handler;
    private final RequestCaller callers;

    public GetPlanRoute(GetPlanHandler handler, RequestCaller callers) {
        this.handler = handler;
        this.callers = callers;
    }

    @GetMapping("/plans/{planId}")
    public Map<String, Object> get(@PathVariable String planId, HttpServletRequest request) {
        PlanId id = new PlanId(RequestBody.pathId(planId, "plan_id"));
        return EquipmentViews.plan(handler.handle(new GetPlanQuery(id), callers.of(request)));
    }
}
