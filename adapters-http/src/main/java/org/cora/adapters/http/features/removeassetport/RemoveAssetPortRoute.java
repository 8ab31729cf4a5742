package org.cora.adapters.http.features.removeassetport;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.cora.domain.asset.AssetId;
import org.cora.domain.features.removeassetport.RemoveAssetPortCommand;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.removeassetport.RemoveAssetPortHandler;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** {@code DELETE /assets/{id}/ports/{name}} (or {@code POST /assets/{id}/ports/remove} {@code {name}}): remove a port; 204. */
@RestController
public final class RemoveAssetPortRoute {

    private static final Set<String> FIELDS = Set.of("name");

    private final RemoveAssetPortHandler handler;
    private final RequestCaller callers;

    public RemoveAssetPortRoute(RemoveAssetPortHandler handler, RequestCaller callers) {
        this.handler = handler;
        this.callers = callers;
    }

    @DeleteMapping("/assets/{assetId}/ports/{portName}")
    public ResponseEntity<Void> delete(@PathVariable String assetId, @PathVariable String portName,
                                       HttpServletRequest request) {
        AssetId id = new AssetId(RequestBody.pathId(assetId, "asset_id"));
        handler.handle(new RemoveAssetPortCommand(id, portName), callers.of(request));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/assets/{assetId}/ports/remove")
    public ResponseEntity<Void> remove(@PathVariable String assetId, @org.springframework.web.bind.annotation.RequestBody(required = false) String text, HttpServletRequest request) {
        AssetId id = new AssetId(RequestBody.pathId(assetId, "asset_id"));
        RequestBody body = RequestBody.read(text, FIELDS);
        handler.handle(new RemoveAssetPortCommand(id, body.optionalString("name").orElse(null)), callers.of(request));
        return ResponseEntity.noContent().build();
    }
}
