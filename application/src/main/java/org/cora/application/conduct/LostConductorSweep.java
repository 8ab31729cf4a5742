package org.cora.application.conduct;

import org.cora.application.features.holdprocedure.HoldProcedureHandler;
import org.cora.application.port.Caller;
import org.cora.application.port.ConductLocks;
import org.cora.application.port.JournalRow;
import org.cora.application.port.JournalStore;
import org.cora.application.port.LostConductorCandidates;
import org.cora.application.port.Transactions;
import org.cora.application.procedure.LoadedProcedure;
import org.cora.application.procedure.ProcedureStreams;
import org.cora.domain.features.holdprocedure.HoldProcedureCommand;
import org.cora.domain.procedure.ProcedureId;
import org.cora.domain.resume.ResumePlan;
import org.cora.domain.resume.ResumePoint;
import org.cora.domain.shared.DomainError;
import org.cora.domain.shared.IdGenerator;

/**
 * Finds Procedures that a conductor left Running and nobody walks any more (the conduct lock is
 * free) and holds them with the reason {@value #REASON}, recording the computed resume point, so
 * an operator can resume them with conduct-from. The sweep takes the conduct lock itself while it
 * holds one, so it never races a conduct that is just starting.
 */
public final class LostConductorSweep {

    public static final String REASON = "conductor lost";
    public static final String PRINCIPAL = "cora:watchdog";
    private static final System.Logger LOG = System.getLogger(LostConductorSweep.class.getName());

    private final LostConductorCandidates candidates;
    private final ConductLocks locks;
    private final Transactions transactions;
    private final ProcedureStreams streams;
    private final JournalStore journal;
    private final HoldProcedureHandler hold;
    private final IdGenerator ids;

    public LostConductorSweep(LostConductorCandidates candidates, ConductLocks locks, Transactions transactions,
                              ProcedureStreams streams, JournalStore journal, HoldProcedureHandler hold, IdGenerator ids) {
        this.candidates = candidates;
        this.locks = locks;
        this.transactions = transactions;
        this.streams = streams;
        this.journal = journal;
        this.hold = hold;
        this.ids = ids;
    }

    /** Returns how many Procedures it held. */
    public int sweep() {
        int held = 0;
        for (ProcedureId id : candidates.runningUnderAConductor()) {
            if (!locks.isLocked(id) && transactions.inSession(() -> holdIfStillLost(id))) {
                held++;
            }
        }
        return held;
    }

    private boolean holdIfStillLost(ProcedureId id) {
        if (!locks.tryLock(id)) {
            return false;
        }
        try {
            LoadedProcedure loaded = streams.loadFromStore(id);
            ResumePoint point = ResumePlan.pointOf(id, loaded.state(), loaded.events(),
                    journal.lastStepRow(id).map(JournalRow::payload));
            hold.handle(new HoldProcedureCommand(id, REASON, true, null, null, point.toPayload()),
                    new Caller(PRINCIPAL, ids.newId()));
            LOG.log(System.Logger.Level.WARNING, "Procedure " + id + " lost its conductor; held it at step "
                    + point.boundary() + " (" + point.reason().wireName() + ")");
            return true;
        } catch (DomainError notLostAfterAll) {
            LOG.log(System.Logger.Level.INFO, "Procedure " + id + " was not held: " + notLostAfterAll.getMessage());
            return false;
        } finally {
            locks.unlock(id);
        }
    }
}
