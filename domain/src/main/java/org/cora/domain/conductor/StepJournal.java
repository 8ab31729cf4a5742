package org.cora.domain.conductor;

/**
 * Where the Conductor writes its rows: the journal-append slice, so that authorization, the
 * Running guard and the lazy logbook opening stay in one place. A row is durable when this
 * returns; a retry with the same event id adds nothing. Refusals (authorization, a closed
 * logbook) propagate: they are not step failures.
 */
@FunctionalInterface
public interface StepJournal {

    void record(ConductCall call, StepRecord row);
}
