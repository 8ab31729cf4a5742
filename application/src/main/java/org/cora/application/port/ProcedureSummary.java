package org.cora.application.port;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.cora.domain.control.ActuationKind;
import org.cora.domain.procedure.ProcedureId;
import org.cora.domain.procedure.ProcedureStatus;

/**
 * One Procedure as the list shows it: its folded state as of {@code lastEventVersion}, with the
 * domain times of its registration and of its last applied event.
 */
public record ProcedureSummary(ProcedureId procedureId, String name, String kind, ProcedureStatus status,
                               List<UUID> targetAssetIds, UUID parentRunId, UUID capabilityId, UUID recipeId,
                               UUID activityLogbookId, ActuationKind actuationKind, String pendingHoldReason,
                               Instant registeredAt, Instant updatedAt, long lastEventVersion) {

    public ProcedureSummary {
        Objects.requireNonNull(procedureId, "procedureId");
        Objects.requireNonNull(status, "status");
        targetAssetIds = List.copyOf(targetAssetIds);
    }
}
