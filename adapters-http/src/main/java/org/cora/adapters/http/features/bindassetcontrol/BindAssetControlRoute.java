package org.cora.adapters.http.features.bindassetcontrol;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.cora.domain.asset.AssetId;
import org.cora.domain.features.bindassetcontrol.BindAssetControlCommand;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.bindassetcontrol.BindAssetControlHandler;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /assets/{id}/control} {@code {setpoint_address, readback_address?}}: where the Asset is commanded; 204. */
@RestController
public final class BindAssetControlRoute {

    private static final Set<String> FIELDS = Set.of("setpoint_address", "readback_address");

    private final BindAssetControlHandler handler;
    private final RequestCaller callers;

    public BindAssetControlRoute(BindAssetControlHandler handler, RequestCaller callers) {
        this.handler = handler;
        this.callers = callers;
    }

    @PostMapping("/assets/{assetId}/control")
    public ResponseEntity<Void> handle(@PathVariable String assetId, @org.springframework.web.bind.annotation.RequestBody(required = false) String text, HttpServletRequest request) {
        AssetId id = new AssetId(RequestBody.pathId(assetId, "asset_id"));
        RequestBody body = RequestBody.read(text, FIELDS);
        handler.handle(new BindAssetControlCommand(id, body.optionalString("setpoint_address").orElse(null),
                body.optionalString("readback_address").orElse(null)), callers.of(request));
        return ResponseEntity.noContent().build();
    }
}
