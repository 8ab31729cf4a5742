package org.cora.domain.conductor;

import org.cora.domain.control.ActuationKind;

/**
 * The lifecycle commands a conduct issues, each through its own slice handler (which authorizes
 * it under its own command name). Refusals are thrown as the slices' domain errors.
 */
public interface ProcedureLifecycle {

    void start(ConductCall call);

    void complete(ConductCall call, ActuationKind actuationKind);

    void abort(ConductCall call, String reason, ActuationKind actuationKind);

    /** Held by the conductor itself: at a step boundary, or after a recoverable failure. */
    void hold(ConductCall call, String reason, ActuationKind actuationKind);

    void resume(ConductCall call, int reEstablishmentBoundary);
}
