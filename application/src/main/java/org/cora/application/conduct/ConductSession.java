package org.cora.application.conduct;

import java.util.function.Supplier;
import org.cora.application.port.ConductLocks;
import org.cora.application.port.Transactions;
import org.cora.domain.procedure.ProcedureConductInProgressError;
import org.cora.domain.procedure.ProcedureId;

/**
 * One conductor per Procedure: a conduct walks on its own database session holding the
 * Procedure's lock from before its first read to after its last write. A second conduct, here
 * or in another instance, is refused before it touches anything; a conductor that dies loses the
 * lock with its session, which is how a lost conductor is recognised.
 */
public final class ConductSession {

    private final Transactions transactions;
    private final ConductLocks locks;

    public ConductSession(Transactions transactions, ConductLocks locks) {
        this.transactions = transactions;
        this.locks = locks;
    }

    public <T> T exclusively(ProcedureId procedureId, Supplier<T> work) {
        return transactions.inSession(() -> {
            if (!locks.tryLock(procedureId)) {
                throw new ProcedureConductInProgressError(procedureId);
            }
            try {
                return work.get();
            } finally {
                locks.unlock(procedureId);
            }
        });
    }
}
