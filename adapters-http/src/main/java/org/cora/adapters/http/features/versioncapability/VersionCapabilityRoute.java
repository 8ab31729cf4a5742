package org.cora.adapters.http.features.versioncapability;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.versioncapability.VersionCapabilityHandler;
import org.cora.domain.capability.CapabilityId;
import org.cora.domain.features.versioncapability.VersionCapabilityCommand;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /capabilities/{id}/version} with {"version"}; 204. */
@RestController
public final class VersionCapabilityRoute {

    private static final Set<String> FIELDS = Set.of("version");

    private final VersionCapabilityHandler handler;
    private final RequestCaller callers;

    public VersionCapabilityRoute(VersionCapabilityHandler handler, RequestCaller callers) {
        this.handler = handler;
        this.callers = callers;
    }

    @PostMapping("/capabilities/{capabilityId}/version")
    public ResponseEntity<Void> handle(@PathVariable String capabilityId,
                                       @org.springframework.web.bind.annotation.RequestBody(required = false) String text,
                                       HttpServletRequest request) {
        CapabilityId id = new CapabilityId(RequestBody.pathId(capabilityId, "capability_id"));
        RequestBody body = RequestBody.read(text, FIELDS);
        handler.handle(new VersionCapabilityCommand(id, body.optionalString("version").orElse(null)), callers.of(request));
        return ResponseEntity.noContent().build();
    }
}
