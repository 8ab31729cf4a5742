package org.cora.adapters.http.features.defineplan;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import org.cora.domain.features.defineplan.DefinePlanCommand;
import org.cora.domain.plan.PlanId;
import org.springframework.web.bind.annotation.PostMapping;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.defineplan.DefinePlanHandler;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /plans} {@code {asset_ids}}: define a Plan over these Assets; 201 with its id and Location. */
@RestController
public final class DefinePlanRoute {

    private static final Set<String> FIELDS = Set.of("asset_ids");

    private final DefinePlanHandler handler;
    private final RequestCaller callers;

    public DefinePlanRoute(DefinePlanHandler handler, RequestCaller callers) {
        this.handler = handler;
        this.callers = callers;
    }

    @PostMapping("/plans")
    public ResponseEntity<Map<String, Object>> define(@org.springframework.web.bind.annotation.RequestBody(required = false) String text, HttpServletRequest request) {
        RequestBody body = RequestBody.read(text, FIELDS);
        PlanId id = handler.handle(new DefinePlanCommand(body.uuidList("asset_ids")), callers.of(request));
        return ResponseEntity.created(URI.create("/plans/" + id)).body(Map.of("plan_id", id.toString()));
    }
}
