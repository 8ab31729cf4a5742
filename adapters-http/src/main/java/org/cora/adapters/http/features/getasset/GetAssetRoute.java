package org.cora.adapters.http.features.getasset;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.cora.application.wire.EquipmentViews;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.getasset.GetAssetHandler;
import org.cora.application.features.getasset.GetAssetQuery;
import org.cora.domain.asset.AssetId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /assets/{id}}: the folded state; 404 when absent. */
@RestController
public final class GetAssetRoute {

    private final GetAssetHandler handler;
    private final RequestCaller callers;

    public GetAssetRoute(GetAssetHandler handler, RequestCaller callers) {
        this.handler = handler;
        this.callers = callers;
    }

    @GetMapping("/assets/{assetId}")
    public Map<String, Object> get(@PathVariable String assetId, HttpServletRequest request) {
        AssetId id = new AssetId(RequestBody.pathId(assetId, "asset_id"));
        return EquipmentViews.asset(handler.handle(new GetAssetQuery(id), callers.of(request)));
    }
}
