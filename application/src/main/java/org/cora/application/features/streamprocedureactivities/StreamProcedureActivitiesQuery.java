package org.cora.application.features.streamprocedureactivities;

import org.cora.domain.procedure.ProcedureId;

/** Follow a Procedure's journal live, from the first row after {@code afterAppendSeq} (0: from the start). */
public record StreamProcedureActivitiesQuery(ProcedureId procedureId, long afterAppendSeq) {

    public StreamProcedureActivitiesQuery {
        if (afterAppendSeq < 0) {
            throw new IllegalArgumentException("afterAppendSeq must be >= 0, got " + afterAppendSeq);
        }
    }
}
