/* [jooq ignore start] */
-- The lost-conductor sweep asks, every few seconds, for each Procedure's last status event.
CREATE INDEX events_procedure_status_by_stream
    ON events (stream_id, version DESC)
    WHERE stream_type = 'Procedure'
      AND event_type IN ('ProcedureStarted', 'ProcedureResumed', 'ProcedureHeld', 'ProcedureCompleted',
                         'ProcedureAborted', 'ProcedureTruncated', 'ProcedureAcquisitionHalted');
/* [jooq ignore stop] */
