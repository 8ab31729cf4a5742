package org.cora.application.conduct;

import org.cora.application.features.abortprocedure.AbortProcedureHandler;
import org.cora.application.features.completeprocedure.CompleteProcedureHandler;
import org.cora.application.features.startprocedure.StartProcedureHandler;
import org.cora.application.port.Caller;
import org.cora.domain.conductor.ConductCall;
import org.cora.domain.conductor.ProcedureLifecycle;
import org.cora.domain.control.ActuationKind;
import org.cora.domain.features.abortprocedure.AbortProcedureCommand;
import org.cora.domain.features.completeprocedure.CompleteProcedureCommand;
import org.cora.domain.features.startprocedure.StartProcedureCommand;

/** The lifecycle a conduct drives, through the slice handlers: each authorizes its own command. */
public final class SliceProcedureLifecycle implements ProcedureLifecycle {

    private final StartProcedureHandler start;
    private final CompleteProcedureHandler complete;
    private final AbortProcedureHandler abort;

    public SliceProcedureLifecycle(StartProcedureHandler start, CompleteProcedureHandler complete,
                                   AbortProcedureHandler abort) {
        this.start = start;
        this.complete = complete;
        this.abort = abort;
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

    static Caller caller(ConductCall call) {
        return new Caller(call.principal(), call.correlationId());
    }
}
