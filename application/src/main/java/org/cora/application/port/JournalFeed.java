package org.cora.application.port;

import java.util.List;
import org.cora.domain.procedure.ProcedureId;

/**
 * The step journal read as a feed, for readers that follow it while it grows.
 *
 * <p>Within one Procedure, rows are numbered in commit order: a row committed later always has a
 * larger {@code append_seq} than every row already visible, so a reader that asks for the rows after
 * the last number it saw never skips one that committed late. (Numbers have gaps; they are an order,
 * not a count.)
 */
public interface JournalFeed {

    /** Up to {@code limit} committed rows of the Procedure after {@code afterAppendSeq}, in append order. */
    List<AppendedJournalRow> after(ProcedureId procedureId, long afterAppendSeq, int limit);
}
