package org.cora.application.conduct;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.cora.domain.procedure.ProcedureId;

/** A background conduct that has started (or resumed) its Procedure and walks on a worker. */
public record AcceptedConduct(UUID conductId, ProcedureId procedureId, UUID correlationId, Instant acceptedAt) {

    public AcceptedConduct {
        Objects.requireNonNull(conductId, "conductId");
        Objects.requireNonNull(procedureId, "procedureId");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
    }
}
