package org.cora.application.features.streamprocedureactivities;

import java.util.List;
import java.util.Optional;
import org.cora.application.live.LiveBatch;
import org.cora.application.live.LiveFeed;
import org.cora.application.port.AppendedJournalRow;
import org.cora.application.port.CommitSignals;
import org.cora.application.port.JournalFeed;
import org.cora.application.procedure.ProcedureStreams;
import org.cora.domain.procedure.ProcedureId;
import org.cora.domain.procedure.ProcedureStatus;
import org.cora.domain.procedure.ProcedureTransitions;

/**
 * A Procedure's journal as it grows, ending once the journal is closed and every row has been read.
 *
 * <p>Each read takes the status first and the rows after it. Rows are only appended while the
 * journal is open (Running), and the status change that closes it is committed under the same
 * stream lock as every append, so when the status read first is closed, the rows read second hold
 * every row there will be: nothing can commit after them until a resume reopens the journal (and a
 * client that wants the resumed walk reconnects with its last id). Rows are read after the last
 * {@code append_seq} handed out; within a Procedure those numbers are given in commit order (see
 * {@link JournalFeed}), which covers rows appended through {@code POST /activities} beside a
 * conductor: none is skipped, none is handed out twice.
 */
final class ProcedureJournalFeed implements LiveFeed<AppendedJournalRow> {

    static final int PAGE = 200;

    private final ProcedureId procedureId;
    private final ProcedureStreams streams;
    private final JournalFeed journal;
    private final CommitSignals signals;
    private long cursor;

    ProcedureJournalFeed(ProcedureId procedureId, long afterAppendSeq, ProcedureStreams streams, JournalFeed journal,
                         CommitSignals signals) {
        this.procedureId = procedureId;
        this.cursor = afterAppendSeq;
        this.streams = streams;
        this.journal = journal;
        this.signals = signals;
    }

    @Override
    public LiveBatch<AppendedJournalRow> next() {
        ProcedureStatus status = streams.load(procedureId).require().status();
        List<AppendedJournalRow> rows = journal.after(procedureId, cursor, PAGE);
        if (!rows.isEmpty()) {
            cursor = rows.getLast().appendSeq();
        }
        boolean more = rows.size() == PAGE;
        boolean closed = !more && !ProcedureTransitions.JOURNAL_OPEN_IN.contains(status);
        return new LiveBatch<>(rows, more, closed ? Optional.of(status.name()) : Optional.empty());
    }

    @Override
    public CommitSignals.Registration watch(Runnable wake) {
        return signals.onProcedure(procedureId, wake);
    }
}
