package org.cora.application.features.listprocedures;

import java.util.List;
import java.util.Optional;
import org.cora.application.port.ProcedureSummary;

/** One page of the list, and the cursor of the next page: empty when this page is the last. */
public record ListProceduresPage(List<ProcedureSummary> items, Optional<String> nextCursor) {

    public ListProceduresPage {
        items = List.copyOf(items);
    }

    /** The page from {@code found}, read with one row more than {@code limit}: that row's presence means more follow. */
    static ListProceduresPage of(List<ProcedureSummary> found, int limit) {
        if (found.size() <= limit) {
            return new ListProceduresPage(found, Optional.empty());
        }
        List<ProcedureSummary> items = found.subList(0, limit);
        return new ListProceduresPage(items, Optional.of(new ProcedureListCursor(items.getLast().procedureId()).encode()));
    }
}
