package org.cora.application.port;

import org.cora.domain.procedure.ProcedureId;

/**
 * Wakes a waiter soon after the database commits a change it watches, whichever service instance
 * made it. Best effort: a wake-up can be lost (a dropped listening connection) or come for nothing,
 * so a waiter still reads on a timer and only uses a wake-up to read sooner. Wake callbacks run on
 * the signalling thread and must return at once.
 */
public interface CommitSignals {

    /** Wakes after a commit that appended a journal row or an event for this Procedure. */
    Registration onProcedure(ProcedureId procedureId, Runnable wake);

    /** Wakes after a commit that appended an event to any Procedure. */
    Registration onAnyProcedure(Runnable wake);

    /** Stops the wake-ups of one registration; closing twice is harmless. */
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
