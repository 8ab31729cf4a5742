package org.cora.application.conduct;

import org.cora.application.features.abortprocedure.AbortProcedureHandler;
import org.cora.application.features.completeprocedure.CompleteProcedureHandler;
import org.cora.application.features.holdprocedure.HoldProcedureHandler;
import org.cora.application.features.resumeprocedure.ResumeProcedureHandler;
import org.cora.application.features.startprocedure.StartProcedureHandler;
import org.cora.application.port.Caller;
import org.cora.domain.conductor.ConductCall;
import org.cora.domain.conductor.ProcedureLifecycle;
import org.cora.domain.control.ActuationKind;
import org.cora.domain.features.abortprocedure.AbortProcedureCommand;
import org.cora.domain.features.completeprocedure.CompleteProcedureCommand;
import org.cora.domain.features.holdprocedure.HoldProcedureCommand;
import org.cora.domain.features.resumeprocedure.ResumeProcedureCommand;
import org.cora.domain.features.startprocedure.StartProcedureCommand;

/** The lifecycle a conduct drives, through the slice handlers: each authorizes its own command. */
public final class SliceProcedureLifecycle implements ProcedureLifecycle {

    private final StartProcedureHandler start;
    private final CompleteProcedureHandler complete;
    private final AbortProcedureHandler abort;
    private final HoldProcedureHandler hold;
    private final ResumeProcedureHandler resume;

    public SliceProcedureLifecycle(StartProcedureHandler start, CompleteProcedureHandler complete,
                                   AbortProcedureHandler abort, HoldProcedureHandler hold,
                                   ResumeProcedureHandler resume) {
        this.start = start;
        this.complete = complete;
        this.abort = abort;
        this.hold = hold;
        this.resume = resume;
    }

    @Override
    public void start(ConductCall call) {
        start.handle(new StartProcedureCommand(call.procedureId()), caller(call));
    }

    @Override
    public void complete(ConductCall call, ActuationKind actuationKind) {
        complete.handle(new CompleteProcedureCommand(call.procedureId(), actuationKind), caller(call));
    }

    @Override
    public void abort(ConductCall call, String reason, ActuationKind actuationKind) {
        abort.handle(new AbortProcedureCommand(call.procedureId(), reason, actuationKind), caller(call));
    }

    @Override
    public void hold(ConductCall call, String reason, ActuationKind actuationKind) {
        hold.handle(new HoldProcedureCommand(call.procedureId(), reason, true, actuationKind, null, null), caller(call));
    }

    @Override
    public void resume(ConductCall call, int reEstablishmentBoundary) {
        resume.handle(new ResumeProcedureCommand(call.procedureId(), reEstablishmentBoundary, null), caller(call));
    }

    /** The conduct's principal and correlation, marked as issued through the Conductor. */
    static Caller caller(ConductCall call) {
        return new Caller(call.principal(), call.correlationId()).viaConductor();
    }
}
