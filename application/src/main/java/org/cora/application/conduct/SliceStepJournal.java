package org.cora.application.conduct;

import java.util.List;
import org.cora.application.features.appendprocedureactivities.AppendProcedureActivitiesHandler;
import org.cora.domain.conductor.ConductCall;
import org.cora.domain.conductor.StepJournal;
import org.cora.domain.conductor.StepRecord;
import org.cora.domain.features.appendprocedureactivities.ActivityEntry;
import org.cora.domain.features.appendprocedureactivities.AppendProcedureActivitiesCommand;

/** The Conductor's journal: every row goes through the append slice (authorization, Running guard, logbook). */
public final class SliceStepJournal implements StepJournal {

    private final AppendProcedureActivitiesHandler append;

    public SliceStepJournal(AppendProcedureActivitiesHandler append) {
        this.append = append;
    }

    @Override
    public void record(ConductCall call, StepRecord row) {
        ActivityEntry entry = new ActivityEntry(row.eventId(), row.stepKind(), row.payload(), row.sampledAt(),
                row.sampledAt());
        append.handle(new AppendProcedureActivitiesCommand(call.procedureId(), List.of(entry)),
                SliceProcedureLifecycle.caller(call));
    }
}
