package org.cora.application.features.listprocedures;

import java.util.Objects;
import java.util.Optional;
import org.cora.application.port.ProcedureSummaryFilter;

/**
 * One page of the Procedure list: the filter, where the previous page ended, and how many
 * summaries at most ({@value #MIN_LIMIT}..{@value #MAX_LIMIT}). Surfaces that receive text build
 * it with {@link ListProceduresParameters#parse}.
 */
public record ListProceduresQuery(ProcedureSummaryFilter filter, Optional<ProcedureListCursor> after, int limit) {

    public static final int MIN_LIMIT = 1;
    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 50;

    public ListProceduresQuery {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(after, "after");
        if (limit < MIN_LIMIT || limit > MAX_LIMIT) {
            throw new InvalidProcedureListQueryError("limit must be " + MIN_LIMIT + ".." + MAX_LIMIT + ", got " + limit);
        }
    }
}
