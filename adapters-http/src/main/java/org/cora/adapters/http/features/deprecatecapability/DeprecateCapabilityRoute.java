package org.cora.adapters.http.features.deprecatecapability;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.deprecatecapability.DeprecateCapabilityHandler;
import org.cora.domain.capability.CapabilityId;
import org.cora.domain.features.deprecatecapability.DeprecateCapabilityCommand;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /capabilities/{id}/deprecate} with {"replaced_by_capability_id"}; 204. */
@RestController
public final class DeprecateCapabilityRoute {

    private static final Set<String> FIELDS = Set.of("replaced_by_capability_id");

    private final DeprecateCapabilityHandler handler;
    private final RequestCaller callers;

    public DeprecateCapabilityRoute(DeprecateCapabilityHandler handler, RequestCaller callers) {
        this.handler = handler;
        this.callers = callers;
    }

    @PostMapping("/capabilities/{capabilityId}/deprecate")
    public ResponseEntity<Void> handle(@PathVariable String capabilityId,
                                       @org.springframework.web.bind.annotation.RequestBody(required = false) String text,
                                       HttpServletRequest request) {
        CapabilityId id = new CapabilityId(RequestBody.pathId(capabilityId, "capability_id"));
        RequestBody body = RequestBody.read(text, FIELDS);
        handler.handle(new DeprecateCapabilityCommand(id, body.optionalUuid("replaced_by_capability_id").orElse(null)), callers.of(request));
        return ResponseEntity.noContent().build();
    }
}
