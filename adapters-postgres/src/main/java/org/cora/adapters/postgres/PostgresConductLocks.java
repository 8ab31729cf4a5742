package org.cora.adapters.postgres;

import org.cora.application.port.ConductLocks;
import org.cora.domain.procedure.ProcedureId;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Conduct locks as PostgreSQL session-level advisory locks on the conduct's pinned session. The
 * server drops them with the session, so a killed conductor's lock is gone as soon as PostgreSQL
 * notices the connection closed (at once for a dead process; within
 * {@code client_connection_check_interval} or the TCP keepalive for a vanished host).
 */
public final class PostgresConductLocks implements ConductLocks {

    private final DSLContext dsl;

    public PostgresConductLocks(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean tryLock(ProcedureId procedureId) {
        requirePinnedSession();
        return Boolean.TRUE.equals(dsl.select(DSL.field("pg_try_advisory_lock({0})", Boolean.class, key(procedureId)))
                .fetchOne(0, Boolean.class));
    }

    @Override
    public void unlock(ProcedureId procedureId) {
        requirePinnedSession();
        dsl.select(DSL.field("pg_advisory_unlock({0})", Boolean.class, key(procedureId))).fetch();
    }

    /** Asks {@code pg_locks}, which sees every session of the database, not only this service's. */
    @Override
    public boolean isLocked(ProcedureId procedureId) {
        return Boolean.TRUE.equals(dsl.fetchValue(DSL.field(
                "EXISTS (SELECT 1 FROM pg_locks l, pg_database d WHERE d.datname = current_database()"
                        + " AND l.database = d.oid AND l.locktype = 'advisory' AND l.objsubid = 1 AND l.granted"
                        + " AND l.classid = ((({0}) >> 32) & 4294967295)::bigint::oid"
                        + " AND l.objid = (({0}) & 4294967295)::bigint::oid)", Boolean.class, key(procedureId))));
    }

    private static Field<Long> key(ProcedureId procedureId) {
        return DSL.field("hashtextextended({0}, 0)", Long.class, DSL.val("conduct:" + procedureId));
    }

    /** A session lock taken on a pooled connection outside a pinned session would outlive its holder. */
    private void requirePinnedSession() {
        if (!JooqContexts.connections(dsl).isPinned()) {
            throw new IllegalStateException("conduct locks need a pinned session: use Transactions.inSession");
        }
    }
}
