package org.cora.adapters.http.features.addassetport;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.cora.application.wire.PortRequests;
import org.cora.domain.asset.AssetId;
import org.cora.domain.features.addassetport.AddAssetPortCommand;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.addassetport.AddAssetPortHandler;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /assets/{id}/ports} {@code {name, direction, signal_type}}: declare a port; 204. */
@RestController
public final class AddAssetPortRoute {

    private static final Set<String> FIELDS = Set.of("name", "direction", "signal_type");

    private final AddAssetPortHandler handler;
    private final RequestCaller callers;

    public AddAssetPortRoute(AddAssetPortHandler handler, RequestCaller callers) {
        this.handler = handler;
        this.callers = callers;
    }

    @PostMapping("/assets/{assetId}/ports")
    public ResponseEntity<Void> handle(@PathVariable String assetId, @org.springframework.web.bind.annotation.RequestBody(required = false) String text, HttpServletRequest request) {
        AssetId id = new AssetId(RequestBody.pathId(assetId, "asset_id"));
        RequestBody body = RequestBody.read(text, FIELDS);
        handler.handle(new AddAssetPortCommand(id, PortRequests.of(body)), callers.of(request));
        return ResponseEntity.noContent().build();
    }
}
