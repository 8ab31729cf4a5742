-- What a background conduct leaves for its caller to read once the 202 is answered: one row per
-- conduct, written when the conductor has started the Procedure and completed when the walk ends.
-- A read model, not history: the events and the journal stay the record of what happened.
CREATE TABLE procedure_conducts (
    conduct_id      UUID         NOT NULL,
    procedure_id    UUID         NOT NULL,
    command_name    VARCHAR(100) NOT NULL,
    principal       VARCHAR(200) NOT NULL,
    correlation_id  UUID         NOT NULL,
    accepted_at     TIMESTAMPTZ  NOT NULL,
    finished_at     TIMESTAMPTZ,
    result          JSONB,
    error           JSONB,
    accepted_seq    BIGSERIAL    NOT NULL,
    CONSTRAINT procedure_conducts_pkey PRIMARY KEY (conduct_id)
);

CREATE INDEX procedure_conducts_latest ON procedure_conducts (procedure_id, accepted_seq);

/* [jooq ignore start] */
-- Live feeds read "everything after the last number I sent". That is only safe when a row can never
-- commit with a number below one a reader has already seen. A sequence alone does not promise it: two
-- transactions draw 10 and 11, 11 commits first, a reader moves past 11 and never sees 10. So the
-- numbers a feed follows are drawn under a lock held until commit, after the default drew its own.

-- Journal rows of one Procedure: numbered under the Procedure stream's lock (the one every event
-- append and every guarded journal append already takes), so within a Procedure append_seq order is
-- commit order. Rows of different Procedures still append in parallel.
CREATE FUNCTION number_journal_row_in_commit_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended('Procedure:' || NEW.procedure_id::text, 0));
    NEW.append_seq := nextval('entries_operation_procedure_activities_append_seq_seq');
    RETURN NEW;
END;
$$;
CREATE TRIGGER entries_operation_procedure_activities_commit_order
    BEFORE INSERT ON entries_operation_procedure_activities
    FOR EACH ROW EXECUTE FUNCTION number_journal_row_in_commit_order();

-- Procedure events, across all Procedures: positioned under one lock, so the status feed can follow
-- the global position. Procedure events are few (a handful per conduct); other streams are untouched.
CREATE FUNCTION position_procedure_event_in_commit_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.stream_type = 'Procedure' THEN
        PERFORM pg_advisory_xact_lock(hashtextextended('cora:procedure-event-order', 0));
        NEW.position := nextval('events_position_seq');
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER events_procedure_commit_order
    BEFORE INSERT ON events
    FOR EACH ROW EXECUTE FUNCTION position_procedure_event_in_commit_order();

-- Wakes live journal streams when a row commits (NOTIFY is delivered at commit, never before).
CREATE FUNCTION notify_journal() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('journal', NEW.procedure_id::text);
    RETURN NULL;
END;
$$;
CREATE TRIGGER entries_operation_procedure_activities_notify
    AFTER INSERT ON entries_operation_procedure_activities
    FOR EACH ROW EXECUTE FUNCTION notify_journal();

ALTER TABLE procedure_conducts ADD CONSTRAINT procedure_conducts_result_is_object
    CHECK (result IS NULL OR jsonb_typeof(result) = 'object');
ALTER TABLE procedure_conducts ADD CONSTRAINT procedure_conducts_error_is_object
    CHECK (error IS NULL OR jsonb_typeof(error) = 'object');
/* [jooq ignore stop] */
