/* [jooq ignore start] */
-- Appends journal rows in one round trip, but only while the Procedure's stream is still where
-- the caller decided it was: under the stream's advisory lock (the one every event append takes),
-- the last event must still be (p_version, p_last_event_id). Returns the number of new rows
-- (a retried row counts 0), or -1 when the stream has moved on and nothing was written.
-- VOLATILE, so the check after the lock sees every commit made before the lock was granted.
CREATE FUNCTION append_journal_rows_if_stream_at(p_stream_type TEXT, p_stream_id UUID, p_version INTEGER,
                                                 p_last_event_id UUID, p_rows JSONB)
    RETURNS INTEGER LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    last_version INTEGER;
    last_event UUID;
    added INTEGER;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended(p_stream_type || ':' || p_stream_id::text, 0));
    SELECT version, event_id INTO last_version, last_event FROM events
     WHERE stream_type = p_stream_type AND stream_id = p_stream_id
     ORDER BY version DESC LIMIT 1;
    IF last_version IS DISTINCT FROM p_version OR last_event IS DISTINCT FROM p_last_event_id THEN
        RETURN -1;
    END IF;
    INSERT INTO entries_operation_procedure_activities
        (event_id, procedure_id, logbook_id, actor_id, command_name, step_kind, payload, sampled_at, occurred_at,
         correlation_id, causation_id)
    SELECT (r->>'event_id')::uuid, (r->>'procedure_id')::uuid, (r->>'logbook_id')::uuid, r->>'actor_id',
           r->>'command_name', r->>'step_kind', r->'payload', (r->>'sampled_at')::timestamptz,
           (r->>'occurred_at')::timestamptz, (r->>'correlation_id')::uuid, (r->>'causation_id')::uuid
      FROM jsonb_array_elements(p_rows) WITH ORDINALITY AS e(r, n)
     ORDER BY n
    ON CONFLICT (event_id) DO NOTHING;
    GET DIAGNOSTICS added = ROW_COUNT;
    RETURN added;
END;
$$;
/* [jooq ignore stop] */
