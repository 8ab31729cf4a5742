package org.cora.application.features.listprocedures;

import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.application.port.ProcedureSummaries;

/**
 * Pages through the Procedure list read model in procedure-id order. It asks for one summary more
 * than the page holds, so the last page says it is the last instead of leading to an empty one.
 */
public final class ListProceduresHandler {

    public static final String QUERY_NAME = "ListProcedures";

    private final Authorize authorize;
    private final ProcedureSummaries summaries;

    public ListProceduresHandler(Authorize authorize, ProcedureSummaries summaries) {
        this.authorize = authorize;
        this.summaries = summaries;
    }

    public ListProceduresPage handle(ListProceduresQuery query, Caller caller) {
        authorize.authorize(caller.principal(), QUERY_NAME);
        return ListProceduresPage.of(summaries.page(query.filter(), query.after().map(ProcedureListCursor::lastShown),
                query.limit() + 1), query.limit());
    }
}
