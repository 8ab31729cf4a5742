package org.cora.domain.run;

/** Where a Run is. Completed and Aborted are terminal; only Running and Held are reached by the slices built so far. */
public enum RunStatus {
    Running, Held, Completed, Aborted
}
