package org.cora.application.procedure;

import java.util.ArrayList;
import java.util.List;
import org.cora.application.port.StoredEvent;
import org.cora.domain.procedure.Procedure;
import org.cora.domain.procedure.ProcedureEvent;
import org.cora.domain.procedure.ProcedureEvolver;
import org.cora.domain.procedure.ProcedureId;
import org.cora.domain.procedure.ProcedureNotFoundError;

/** A Procedure stream as read: the folded state (null when absent), its version and its events. */
public record LoadedProcedure(ProcedureId id, Procedure state, long version, List<ProcedureEvent> events,
                              List<StoredEvent> stored) {

    public LoadedProcedure {
        events = List.copyOf(events);
        stored = List.copyOf(stored);
    }

    /** The state, or {@link ProcedureNotFoundError} for an absent Procedure. */
    public Procedure require() {
        if (state == null) {
            throw new ProcedureNotFoundError(id);
        }
        return state;
    }

    /** The id of the last event read, null for an empty stream. */
    public java.util.UUID lastEventId() {
        return stored.isEmpty() ? null : stored.getLast().eventId();
    }

    /** The state once {@code decided} is folded on top. */
    public Procedure stateAfter(List<ProcedureEvent> decided) {
        List<ProcedureEvent> all = new ArrayList<>(events);
        all.addAll(decided);
        return ProcedureEvolver.fold(all);
    }
}
