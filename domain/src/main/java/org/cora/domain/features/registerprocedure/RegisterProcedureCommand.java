package org.cora.domain.features.registerprocedure;

import java.util.List;
import java.util.UUID;
import org.cora.domain.procedure.ProcedureId;

/** Register a new Procedure under a fresh id. */
public record RegisterProcedureCommand(ProcedureId procedureId, String name, String kind, List<UUID> targetAssetIds,
                                       UUID parentRunId, UUID capabilityId) {

    public RegisterProcedureCommand {
        targetAssetIds = targetAssetIds == null ? List.of() : List.copyOf(targetAssetIds);
    }
}
