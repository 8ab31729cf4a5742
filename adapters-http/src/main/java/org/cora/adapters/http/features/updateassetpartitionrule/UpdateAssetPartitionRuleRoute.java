package org.cora.adapters.http.features.updateassetpartitionrule;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.cora.application.wire.InvalidRequestError;
import org.cora.domain.asset.AssetId;
import org.cora.domain.features.updateassetpartitionrule.UpdateAssetPartitionRuleCommand;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.updateassetpartitionrule.UpdateAssetPartitionRuleHandler;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** {@code PUT} (or {@code POST}) {@code /assets/{id}/partition-rule} {@code {partition_rule}}: set, change or clear
 * ({@code null}) the rule; the key is required so that an empty body never clears a rule by accident. 204. */
@RestController
public final class UpdateAssetPartitionRuleRoute {

    private static final Set<String> FIELDS = Set.of("partition_rule");

    private final UpdateAssetPartitionRuleHandler handler;
    private final RequestCaller callers;

    public UpdateAssetPartitionRuleRoute(UpdateAssetPartitionRuleHandler handler, RequestCaller callers) {
        this.handler = handler;
        this.callers = callers;
    }

    @RequestMapping(path = "/assets/{assetId}/partition-rule", method = {RequestMethod.PUT, RequestMethod.POST})
    public ResponseEntity<Void> handle(@PathVariable String assetId, @org.springframework.web.bind.annotation.RequestBody(required = false) String text, HttpServletRequest request) {
        AssetId id = new AssetId(RequestBody.pathId(assetId, "asset_id"));
        RequestBody body = RequestBody.read(text, FIELDS);
        if (text == null || text.isBlank() || !((Json.Obj) JsonParser.parse(text)).has("partition_rule")) {
            throw new InvalidRequestError("partition_rule is required (null clears the rule)");
        }
        Json rule = body.get("partition_rule").orElse(null);
        if (rule != null && !(rule instanceof Json.Obj)) {
            throw new InvalidRequestError("partition_rule must be an object or null");
        }
        handler.handle(new UpdateAssetPartitionRuleCommand(id, (Json.Obj) rule), callers.of(request));
        return ResponseEntity.noContent().build();
    }
}
