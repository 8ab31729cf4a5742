package org.cora.domain.features.appendprocedureactivities;

import java.util.List;
import org.cora.domain.procedure.ProcedureId;

/** Append rows to the step journal of a Running Procedure. */
public record AppendProcedureActivitiesCommand(ProcedureId procedureId, List<ActivityEntry> entries) {

    public static final int BATCH_MAX = 500;

    public AppendProcedureActivitiesCommand {
        entries = List.copyOf(entries);
    }
}
