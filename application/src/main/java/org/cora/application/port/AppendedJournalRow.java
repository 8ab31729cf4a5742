package org.cora.application.port;

import java.util.Objects;

/** A journal row as committed, with the number it was appended under: later rows have larger numbers. */
public record AppendedJournalRow(long appendSeq, JournalRow row) {

    public AppendedJournalRow {
        Objects.requireNonNull(row, "row");
    }
}
