package org.cora.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.cora.application.port.EventStore;
import org.cora.application.port.JournalRow;
import org.cora.application.port.NewEvent;
import org.cora.application.port.JournalStore;
import org.cora.domain.json.Json;
import org.cora.domain.procedure.ProcedureId;
import org.junit.jupiter.api.Test;

/** What every {@link JournalStore} must do; run against each implementation. */
public abstract class JournalStoreContract {

    protected abstract JournalStore store();

    /** The event store whose streams the journal store's guarded append checks. */
    protected abstract EventStore events();

    @Test
    void aGuardedAppendWritesWhileTheStreamIsWhereTheCallerSawIt() {
        UUID stream = UUID.randomUUID();
        NewEvent first = EventStoreContract.event("A", Json.Obj.EMPTY);
        events().append("Procedure", stream, 0, List.of(first));
        ProcedureId procedure = new ProcedureId(stream);
        JournalRow row = row(procedure, UUID.randomUUID(), 0, "ok");

        assertThat(store().appendIfStreamAt("Procedure", stream, 1, first.eventId(), List.of(row))).hasValue(1);
        assertThat(store().appendIfStreamAt("Procedure", stream, 1, first.eventId(), List.of(row))).hasValue(0);
        assertThat(store().list(procedure)).hasSize(1);
    }

    @Test
    void aGuardedAppendWritesNothingOnceTheStreamHasMoved() {
        UUID stream = UUID.randomUUID();
        NewEvent first = EventStoreContract.event("A", Json.Obj.EMPTY);
        events().append("Procedure", stream, 0, List.of(first));
        events().append("Procedure", stream, 1, List.of(EventStoreContract.event("B", Json.Obj.EMPTY)));
        ProcedureId procedure = new ProcedureId(stream);

        assertThat(store().appendIfStreamAt("Procedure", stream, 1, first.eventId(),
                List.of(row(procedure, UUID.randomUUID(), 0, "ok")))).isEmpty();
        assertThat(store().appendIfStreamAt("Procedure", stream, 2, UUID.randomUUID(),
                List.of(row(procedure, UUID.randomUUID(), 0, "ok")))).isEmpty();
        assertThat(store().list(procedure)).isEmpty();
    }

    @Test
    void rowsReadBackInAppendOrderWithTheirPayloadAsAnObject() {
        ProcedureId procedure = new ProcedureId(UUID.randomUUID());
        UUID logbook = UUID.randomUUID();
        JournalRow first = row(procedure, logbook, 0, "ok");
        JournalRow second = row(procedure, logbook, 1, "failed");
        JournalRow third = row(procedure, logbook, 2, "ok");

        assertThat(store().append(List.of(first, second))).isEqualTo(2);
        assertThat(store().append(List.of(third))).isEqualTo(1);

        List<JournalRow> rows = store().list(procedure);
        assertThat(rows).extracting(JournalRow::eventId)
                .containsExactly(first.eventId(), second.eventId(), third.eventId());
        JournalRow read = rows.getFirst();
        assertThat(read.payload()).isEqualTo(first.payload());
        assertThat(read.stepKind()).isEqualTo("setpoint");
        assertThat(read.actor()).isEqualTo("alice");
        assertThat(read.logbookId()).isEqualTo(logbook);
        assertThat(read.sampledAt()).isEqualTo(first.sampledAt());
        assertThat(read.recordedAt()).isNotNull();
    }

    @Test
    void theLastStepRowIsTheLastRowWithAStepIndexAndAResult() {
        ProcedureId procedure = new ProcedureId(UUID.randomUUID());
        UUID logbook = UUID.randomUUID();
        assertThat(store().lastStepRow(procedure)).isEmpty();
        JournalRow marker = row(procedure, logbook, 4, "in_flight");
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        JournalRow note = new JournalRow(UUID.randomUUID(), procedure, logbook, "alice", "AppendProcedureActivities",
                "check", Json.Obj.builder().put("note", "operator looked at the beam").build(), at, at, UUID.randomUUID(),
                null, null);
        store().append(List.of(row(procedure, logbook, 3, "ok"), marker, note));

        assertThat(store().lastStepRow(procedure)).map(JournalRow::eventId).contains(marker.eventId());
    }

    @Test
    void rowsOfOneKindAreListedInAppendOrder() {
        ProcedureId procedure = new ProcedureId(UUID.randomUUID());
        UUID logbook = UUID.randomUUID();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        JournalRow capture = new JournalRow(UUID.randomUUID(), procedure, logbook, "alice", "AppendProcedureActivities",
                "capture", Json.Obj.builder().put("capture_name", "home").build(), at, at, UUID.randomUUID(), null, null);
        store().append(List.of(row(procedure, logbook, 0, "ok"), capture, row(procedure, logbook, 2, "ok")));

        assertThat(store().listOfKind(procedure, "capture")).extracting(JournalRow::eventId).containsExactly(capture.eventId());
    }

    @Test
    void aRetriedRowAddsNothing() {
        ProcedureId procedure = new ProcedureId(UUID.randomUUID());
        JournalRow row = row(procedure, UUID.randomUUID(), 0, "ok");
        store().append(List.of(row));

        assertThat(store().append(List.of(row))).isZero();
        assertThat(store().list(procedure)).hasSize(1);
    }

    @Test
    void rowsOfAnotherProcedureAreNotListed() {
        ProcedureId mine = new ProcedureId(UUID.randomUUID());
        ProcedureId theirs = new ProcedureId(UUID.randomUUID());
        store().append(List.of(row(theirs, UUID.randomUUID(), 0, "ok")));
        assertThat(store().list(mine)).isEmpty();
    }

    @Test
    void anEmptyBatchAddsNothing() {
        assertThat(store().append(List.of())).isZero();
    }

    private static JournalRow row(ProcedureId procedure, UUID logbook, int stepIndex, String result) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Json.Obj payload = Json.Obj.builder().put("address", "sim:m1").put("value", Json.num(12.5))
                .put("step_index", stepIndex).put("result", result).build();
        return new JournalRow(UUID.randomUUID(), procedure, logbook, "alice", "AppendProcedureActivities",
                "setpoint", payload, at, at, UUID.randomUUID(), null, null);
    }
}
