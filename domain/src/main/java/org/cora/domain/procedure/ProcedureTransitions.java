package org.cora.domain.procedure;

import java.util.EnumSet;
import java.util.Set;

/**
 * The Procedure FSM as data: the statuses each transition may leave from. Every transition is
 * strict, never idempotent: repeating it from its own target status is refused.
 */
public final class ProcedureTransitions {

    public static final Set<ProcedureStatus> STARTABLE_FROM = EnumSet.of(ProcedureStatus.Defined);
    public static final Set<ProcedureStatus> COMPLETABLE_FROM = EnumSet.of(ProcedureStatus.Running);
    public static final Set<ProcedureStatus> ABORTABLE_FROM = EnumSet.of(ProcedureStatus.Running, ProcedureStatus.Held);
    public static final Set<ProcedureStatus> TRUNCATABLE_FROM = EnumSet.of(ProcedureStatus.Running, ProcedureStatus.Held);
    public static final Set<ProcedureStatus> HOLDABLE_FROM = EnumSet.of(ProcedureStatus.Running);
    public static final Set<ProcedureStatus> RESUMABLE_FROM = EnumSet.of(ProcedureStatus.Held);
    /** Journal rows are accepted only while a conduct can be writing them. */
    public static final Set<ProcedureStatus> JOURNAL_OPEN_IN = EnumSet.of(ProcedureStatus.Running);
    /** The resolved step list is pinned only before the first start. */
    public static final Set<ProcedureStatus> PINNABLE_IN = EnumSet.of(ProcedureStatus.Defined);

    private ProcedureTransitions() {
    }
}
