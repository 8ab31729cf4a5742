package org.cora.domain.features.defineplan;

import java.util.List;
import java.util.UUID;

/** Define a Plan binding these Assets; the handler gives it a fresh id. */
public record DefinePlanCommand(List<UUID> assetIds) {

    public DefinePlanCommand {
        assetIds = assetIds == null ? List.of() : List.copyOf(assetIds);
    }
}
