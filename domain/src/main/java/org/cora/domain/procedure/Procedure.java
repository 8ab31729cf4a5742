package org.cora.domain.procedure;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.cora.domain.control.ActuationKind;

/**
 * The folded state of one Procedure. Every evolver arm copies all the fields it does not change.
 * {@code pendingHoldReason} is set while an operator's hold waits for the walking conductor to
 * reach a step boundary.
 */
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
        ActuationKind actuationKind,
        String pendingHoldReason) {

    public Procedure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        targetAssetIds = List.copyOf(targetAssetIds);
    }

    /** A status change; it ends any pending hold request. */
    Procedure withStatus(ProcedureStatus next) {
        return withStatus(next, actuationKind);
    }

    Procedure withStatus(ProcedureStatus next, ActuationKind kindOfActuation) {
        return new Procedure(id, name, kind, targetAssetIds, next, parentRunId, capabilityId, recipeId,
                activityLogbookId, kindOfActuation, null);
    }

    Procedure withActivityLogbook(UUID logbookId) {
        return new Procedure(id, name, kind, targetAssetIds, status, parentRunId, capabilityId, recipeId,
                logbookId, actuationKind, pendingHoldReason);
    }

    Procedure withPendingHold(String reason) {
        return new Procedure(id, name, kind, targetAssetIds, status, parentRunId, capabilityId, recipeId,
                activityLogbookId, actuationKind, reason);
    }
}
