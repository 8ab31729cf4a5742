package org.cora.adapters.http.features.addplanwire;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.cora.domain.features.addplanwire.AddPlanWireCommand;
import org.cora.domain.plan.PlanId;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.addplanwire.AddPlanWireHandler;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /plans/{id}/wires} {@code {source_asset_id, source_port_name, target_asset_id, target_port_name}}: add a wire; 204. */
@RestController
public final class AddPlanWireRoute {

    private static final Set<String> FIELDS = Set.of("source_asset_id", "source_port_name", "target_asset_id", "target_port_name");

    private final AddPlanWireHandler handler;
    private final RequestCaller callers;

    public AddPlanWireRoute(AddPlanWireHandler handler, RequestCaller callers) {
        this.handler = handler;
        this.callers = callers;
    }

    @PostMapping("/plans/{planId}/wires")
    public ResponseEntity<Void> handle(@PathVariable String planId, @org.springframework.web.bind.annotation.RequestBody(required = false) String text, HttpServletRequest request) {
        PlanId id = new PlanId(RequestBody.pathId(planId, "plan_id"));
        RequestBody body = RequestBody.read(text, FIELDS);
        handler.handle(new AddPlanWireCommand(id, body.optionalUuid("source_asset_id").orElse(null),
                body.optionalString("source_port_name").orElse(null), body.optionalUuid("target_asset_id").orElse(null),
                body.optionalString("target_port_name").orElse(null)), callers.of(request));
        return ResponseEntity.noContent().build();
    }
}
