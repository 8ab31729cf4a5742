package org.cora.application.features.streamprocedurestatuses;

import java.util.List;
import java.util.Optional;
import org.cora.application.live.LiveBatch;
import org.cora.application.live.LiveFeed;
import org.cora.application.port.CommitSignals;
import org.cora.application.port.EventFeed;
import org.cora.application.port.StoredEvent;
import org.cora.domain.procedure.ProcedureEvent;
import org.cora.domain.procedure.ProcedureEventCodec;
import org.cora.domain.procedure.ProcedureId;
import org.cora.domain.procedure.ProcedureStatusChanges;

/**
 * The status changes of every Procedure, by global event position. Procedure events are positioned
 * in commit order (see {@link EventFeed}), so reading after the last position handed out never
 * skips a change that committed late, and never hands one out twice.
 */
final class ProcedureStatusFeed implements LiveFeed<ProcedureStatusChange> {

    static final int PAGE = 200;

    private final EventFeed events;
    private final CommitSignals signals;
    private long cursor;

    ProcedureStatusFeed(long afterPosition, EventFeed events, CommitSignals signals) {
        this.cursor = afterPosition;
        this.events = events;
        this.signals = signals;
    }

    @Override
    public LiveBatch<ProcedureStatusChange> next() {
        List<StoredEvent> read = events.after(ProcedureEvent.STREAM_TYPE, ProcedureStatusChanges.EVENT_TYPES, cursor,
                PAGE);
        if (!read.isEmpty()) {
            cursor = read.getLast().position();
        }
        List<ProcedureStatusChange> changes = read.stream().flatMap(e -> change(e).stream()).toList();
        return new LiveBatch<>(changes, read.size() == PAGE, Optional.empty());
    }

    @Override
    public CommitSignals.Registration watch(Runnable wake) {
        return signals.onAnyProcedure(wake);
    }

    private static Optional<ProcedureStatusChange> change(StoredEvent stored) {
        ProcedureEvent event = ProcedureEventCodec.fromStored(stored.eventType(), stored.payload());
        return ProcedureStatusChanges.statusAfter(event).map(status -> new ProcedureStatusChange(stored.position(),
                new ProcedureId(stored.streamId()), status, stored.eventType(), stored.version(), stored.occurredAt()));
    }
}
