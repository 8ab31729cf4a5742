package org.cora.application.port;

import java.util.Optional;
import java.util.UUID;
import org.cora.domain.procedure.ProcedureStatus;

/** Which Procedures a list shows: every given criterion must hold; an empty one matches all. */
public record ProcedureSummaryFilter(Optional<ProcedureStatus> status, Optional<String> kind,
                                     Optional<UUID> targetAssetId, Optional<UUID> parentRunId) {

    public static final ProcedureSummaryFilter ALL =
            new ProcedureSummaryFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
}
