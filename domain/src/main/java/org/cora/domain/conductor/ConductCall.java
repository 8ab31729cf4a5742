package org.cora.domain.conductor;

import java.util.Objects;
import java.util.UUID;
import org.cora.domain.procedure.ProcedureId;

/** Who conducts which Procedure, under which correlation id: stamped on every event and journal row. */
public record ConductCall(ProcedureId procedureId, String principal, UUID correlationId) {

    public ConductCall {
        Objects.requireNonNull(procedureId, "procedureId");
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(correlationId, "correlationId");
    }
}
