package org.cora.application.port;

import org.cora.domain.procedure.ProcedureId;

/**
 * Who walks a Procedure right now, kept by the database so it holds across service instances and
 * dies with its holder: a conduct holds its Procedure's lock for the whole walk, on the session
 * of {@link Transactions#inSession}. A Running Procedure whose lock nobody holds has lost its
 * conductor.
 */
public interface ConductLocks {

    /** Inside {@link Transactions#inSession}: takes the lock for this session, or answers false at once. */
    boolean tryLock(ProcedureId procedureId);

    /** Releases a lock this session holds. */
    void unlock(ProcedureId procedureId);

    /** Whether any session, in any instance, holds the lock. */
    boolean isLocked(ProcedureId procedureId);
}
