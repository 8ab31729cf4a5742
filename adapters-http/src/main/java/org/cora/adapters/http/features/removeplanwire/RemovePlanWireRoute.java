package org.cora.adapters.http.features.removeplanwire;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.cora.domain.features.removeplanwire.RemovePlanWireCommand;
import org.cora.domain.plan.PlanId;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.removeplanwire.RemovePlanWireHandler;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** {@code DELETE /plans/{id}/wires} (or {@code POST /plans/{id}/wires/remove}) with the wire's four fields: remove it; 204. */
@RestController
public final class RemovePlanWireRoute {

    private static final Set<String> FIELDS = Set.of("source_asset_id", "source_port_name", "target_asset_id", "target_port_name");

    private final RemovePlanWireHandler handler;
    private final RequestCaller callers;

    public RemovePlanWireRoute(RemovePlanWireHandler handler, RequestCaller callers) {
        this.handler = handler;
        this.callers = callers;
    }

    @RequestMapping(path = "/plans/{planId}/wires", method = RequestMethod.DELETE)
    public ResponseEntity<Void> delete(@PathVariable String planId, @org.springframework.web.bind.annotation.RequestBody(required = false) String text, HttpServletRequest request) {
        return remove(planId, text, request);
    }

    @RequestMapping(path = "/plans/{planId}/wires/remove", method = RequestMethod.POST)
    public ResponseEntity<Void> remove(@PathVariable String planId, @org.springframework.web.bind.annotation.RequestBody(required = false) String text, HttpServletRequest request) {
        PlanId id = new PlanId(RequestBody.pathId(planId, "plan_id"));
        RequestBody body = RequestBody.read(text, FIELDS);
        handler.handle(new RemovePlanWireCommand(id, body.optionalUuid("source_asset_id").orElse(null),
                body.optionalString("source_port_name").orElse(null), body.optionalUuid("target_asset_id").orElse(null),
                body.optionalString("target_port_name").orElse(null)), callers.of(request));
        return ResponseEntity.noContent().build();
    }
}
