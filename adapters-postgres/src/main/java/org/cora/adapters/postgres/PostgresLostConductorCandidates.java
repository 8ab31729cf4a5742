package org.cora.adapters.postgres;

import java.util.List;
import org.cora.application.port.LostConductorCandidates;
import org.cora.domain.procedure.ProcedureId;
import org.jooq.DSLContext;

/**
 * Reads the candidates off the event store: Procedures whose last status event is a start or a
 * resume issued through the Conductor. A recorded acquisition halt counts as a status event: that
 * Procedure is Running on purpose, waiting for its operator.
 */
public final class PostgresLostConductorCandidates implements LostConductorCandidates {

    private static final String SQL = """
            SELECT stream_id FROM (
                SELECT DISTINCT ON (stream_id) stream_id, event_type, metadata->>'via' AS via
                  FROM events
                 WHERE stream_type = 'Procedure'
                   AND event_type IN ('ProcedureStarted', 'ProcedureResumed', 'ProcedureHeld', 'ProcedureCompleted',
                                      'ProcedureAborted', 'ProcedureTruncated', 'ProcedureAcquisitionHalted')
                 ORDER BY stream_id, version DESC) last_status
             WHERE event_type IN ('ProcedureStarted', 'ProcedureResumed') AND via = 'Conductor'
            """;

    private final DSLContext dsl;

    public PostgresLostConductorCandidates(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<ProcedureId> runningUnderAConductor() {
        return dsl.resultQuery(SQL).fetch(r -> new ProcedureId(r.get(0, java.util.UUID.class)));
    }
}
