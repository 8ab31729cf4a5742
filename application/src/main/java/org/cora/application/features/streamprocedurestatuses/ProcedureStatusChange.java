package org.cora.application.features.streamprocedurestatuses;

import java.time.Instant;
import org.cora.domain.procedure.ProcedureId;
import org.cora.domain.procedure.ProcedureStatus;

/** One status change of one Procedure, at its global event position. */
public record ProcedureStatusChange(long position, ProcedureId procedureId, ProcedureStatus status, String eventType,
                                    long version, Instant occurredAt) {
}
