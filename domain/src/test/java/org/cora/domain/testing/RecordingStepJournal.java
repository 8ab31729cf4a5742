package org.cora.domain.testing;

import java.util.ArrayList;
import java.util.List;
import org.cora.domain.conductor.ConductCall;
import org.cora.domain.conductor.StepJournal;
import org.cora.domain.conductor.StepRecord;
import org.cora.domain.json.Json;

/** A journal that keeps every row in order, and can be told to refuse the n-th row. */
public final class RecordingStepJournal implements StepJournal {

    public record Row(ConductCall call, StepRecord record) {
    }

    private final List<Row> rows = new ArrayList<>();
    private int refuseRow = -1;
    private RuntimeException refusal;

    /** The row numbered {@code zeroBasedRow} (counting every attempt) throws {@code failure} instead of being kept. */
    public RecordingStepJournal refusingRow(int zeroBasedRow, RuntimeException failure) {
        this.refuseRow = zeroBasedRow;
        this.refusal = failure;
        return this;
    }

    @Override
    public void record(ConductCall call, StepRecord row) {
        if (refusal != null && rows.size() == refuseRow) {
            throw refusal;
        }
        rows.add(new Row(call, row));
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public List<StepRecord> records() {
        return rows.stream().map(Row::record).toList();
    }

    public List<Json.Obj> payloads() {
        return records().stream().map(StepRecord::payload).toList();
    }

    public List<String> results() {
        return payloads().stream().map(p -> ((Json.Str) p.get("result").orElseThrow()).value()).toList();
    }

    /** Each row as (step_index, result): the shape the resume scenarios state. */
    public List<String> indexedResults() {
        return payloads().stream().map(p -> ((Json.Num) p.get("step_index").orElseThrow()).value().intValueExact()
                + ":" + ((Json.Str) p.get("result").orElseThrow()).value()).toList();
    }

    public Json.Obj lastPayload() {
        if (rows.isEmpty()) {
            throw new AssertionError("expected at least one journal row");
        }
        return rows.get(rows.size() - 1).record().payload();
    }

    public List<Integer> stepIndexes() {
        return payloads().stream()
                .map(p -> ((Json.Num) p.get("step_index").orElseThrow()).value().intValueExact()).toList();
    }

    public Json.Obj onlyPayload() {
        if (rows.size() != 1) {
            throw new AssertionError("expected exactly one journal row, got " + payloads());
        }
        return rows.get(0).record().payload();
    }
}
