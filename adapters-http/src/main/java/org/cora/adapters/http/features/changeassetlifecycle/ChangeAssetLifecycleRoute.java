package org.cora.adapters.http.features.changeassetlifecycle;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.cora.domain.asset.AssetId;
import org.cora.domain.features.changeassetlifecycle.ChangeAssetLifecycleCommand;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.changeassetlifecycle.ChangeAssetLifecycleHandler;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /assets/{id}/lifecycle} {@code {lifecycle}}: move along the lifecycle FSM; 204. */
@RestController
public final class ChangeAssetLifecycleRoute {

    private static final Set<String> FIELDS = Set.of("lifecycle");

    private final ChangeAssetLifecycleHandler handler;
    private final RequestCaller callers;

    public ChangeAssetLifecycleRoute(ChangeAssetLifecycleHandler handler, RequestCaller callers) {
        this.handler = handler;
        this.callers = callers;
    }

    @PostMapping("/assets/{assetId}/lifecycle")
    public ResponseEntity<Void> handle(@PathVariable String assetId, @org.springframework.web.bind.annotation.RequestBody(required = false) String text, HttpServletRequest request) {
        AssetId id = new AssetId(RequestBody.pathId(assetId, "asset_id"));
        RequestBody body = RequestBody.read(text, FIELDS);
        handler.handle(new ChangeAssetLifecycleCommand(id, body.optionalString("lifecycle").orElse(null)),
                callers.of(request));
        return ResponseEntity.noContent().build();
    }
}
