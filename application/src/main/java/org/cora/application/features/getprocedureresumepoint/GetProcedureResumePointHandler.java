package org.cora.application.features.getprocedureresumepoint;

import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.application.port.JournalRow;
import org.cora.application.port.JournalStore;
import org.cora.application.procedure.LoadedProcedure;
import org.cora.application.procedure.ProcedureStreams;
import org.cora.domain.resume.ResumePlan;
import org.cora.domain.resume.ResumePoint;

/** Computes the resume point of a started Procedure from its pin and the last row of its journal. */
public final class GetProcedureResumePointHandler {

    public static final String QUERY_NAME = "GetProcedureResumePoint";

    private final Authorize authorize;
    private final ProcedureStreams streams;
    private final JournalStore journal;

    public GetProcedureResumePointHandler(Authorize authorize, ProcedureStreams streams, JournalStore journal) {
        this.authorize = authorize;
        this.streams = streams;
        this.journal = journal;
    }

    public ResumePoint handle(GetProcedureResumePointQuery query, Caller caller) {
        authorize.authorize(caller.principal(), QUERY_NAME);
        LoadedProcedure loaded = streams.loadFromStore(query.procedureId());
        return ResumePlan.pointOf(query.procedureId(), loaded.state(), loaded.events(),
                journal.lastStepRow(query.procedureId()).map(JournalRow::payload));
    }
}
