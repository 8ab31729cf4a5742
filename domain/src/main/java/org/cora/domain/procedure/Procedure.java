package org.cora.domain.procedure;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.cora.domain.control.ActuationKind;

/** The folded state of one Procedure. Every evolver arm copies all the fields it does not change. */
public record Procedure(
        ProcedureId id,
        String name,
        String kind,
        List<UUID> targetAssetIds,
        ProcedureStatus status,
        UUID parentRunId,
        UUID capabilityId,
        UUID recipeId,
        UUID activityLogbookId,
        ActuationKind actuationKind) {

    public Procedure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        targetAssetIds = List.copyOf(targetAssetIds);
    }

    Procedure withStatus(ProcedureStatus next) {
        return new Procedure(id, name, kind, targetAssetIds, next, parentRunId, capabilityId, recipeId,
                activityLogbookId, actuationKind);
    }

    Procedure withStatus(ProcedureStatus next, ActuationKind kindOfActuation) {
        return new Procedure(id, name, kind, targetAssetIds, next, parentRunId, capabilityId, recipeId,
                activityLogbookId, kindOfActuation);
    }

    Procedure withActivityLogbook(UUID logbookId) {
        return new Procedure(id, name, kind, targetAssetIds, status, parentRunId, capabilityId, recipeId,
                logbookId, actuationKind);
    }
}
