package org.cora.adapters.postgres;

import static org.cora.adapters.postgres.generated.Tables.ENTRIES_OPERATION_PROCEDURE_ACTIVITIES;

import java.util.List;
import org.cora.adapters.postgres.generated.tables.EntriesOperationProcedureActivities;
import org.cora.application.port.AppendedJournalRow;
import org.cora.application.port.JournalFeed;
import org.cora.domain.procedure.ProcedureId;
import org.jooq.DSLContext;

/**
 * The journal feed on PostgreSQL: a range read on the (procedure_id, append_seq) index. Commit order
 * comes from the schema (V6): every row is numbered under its Procedure's stream lock, held until
 * commit, whichever path inserts it.
 */
public final class PostgresJournalFeed implements JournalFeed {

    private static final EntriesOperationProcedureActivities ROWS = ENTRIES_OPERATION_PROCEDURE_ACTIVITIES;

    private final DSLContext dsl;

    public PostgresJournalFeed(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<AppendedJournalRow> after(ProcedureId procedureId, long afterAppendSeq, int limit) {
        return dsl.selectFrom(ROWS)
                .where(ROWS.PROCEDURE_ID.eq(procedureId.value()).and(ROWS.APPEND_SEQ.gt(afterAppendSeq)))
                .orderBy(ROWS.APPEND_SEQ)
                .limit(limit)
                .fetch(r -> new AppendedJournalRow(r.getAppendSeq(), PostgresJournalStore.row(r)));
    }
}
