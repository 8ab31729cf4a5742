package org.cora.application.port;

import java.util.List;
import java.util.Optional;
import org.cora.domain.procedure.ProcedureId;

/**
 * The list of Procedures, a read model kept from the Procedure streams by a projection. It is
 * eventually consistent: a change appears once the projection has applied its event (normally
 * well under a second), and never out of a stream's order. Read-only; nothing here writes.
 */
public interface ProcedureSummaries {

    /**
     * Up to {@code limit} summaries matching {@code filter}, ordered by procedure id (UUIDv7, so
     * registration order), starting strictly after {@code after} when given. Rows are never
     * returned twice across pages, however the table changes between them.
     */
    List<ProcedureSummary> page(ProcedureSummaryFilter filter, Optional<ProcedureId> after, int limit);
}
