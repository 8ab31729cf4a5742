package org.cora.domain.procedure;

/** Where a Procedure is in its life. The string values are PascalCase on the wire. */
public enum ProcedureStatus {
    Defined, Running, Held, Completed, Aborted, Truncated;

    public boolean isTerminal() {
        return this == Completed || this == Aborted || this == Truncated;
    }
}
