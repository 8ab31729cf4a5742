package org.cora.domain.features.registerprocedure;

import java.util.List;
import java.util.UUID;

/** Register a new Procedure; the handler gives it a fresh id. */
public record RegisterProcedureCommand(String name, String kind, List<UUID> targetAssetIds, UUID parentRunId,
                                       UUID capabilityId) {

    public RegisterProcedureCommand {
        targetAssetIds = targetAssetIds == null ? List.of() : List.copyOf(targetAssetIds);
    }
}
