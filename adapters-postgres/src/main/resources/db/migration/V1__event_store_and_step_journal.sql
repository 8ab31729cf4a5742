-- The event store: every aggregate's stream, append-only, ordered per stream by version.
CREATE TABLE events (
    position        BIGSERIAL    NOT NULL,
    event_id        UUID         NOT NULL,
    stream_type     VARCHAR(100)        NOT NULL,
    stream_id       UUID         NOT NULL,
    version         INTEGER      NOT NULL,
    event_type      VARCHAR(200)        NOT NULL,
    schema_version  INTEGER      NOT NULL DEFAULT 1,
    payload         JSONB        NOT NULL,
    metadata        JSONB        NOT NULL,
    correlation_id  UUID         NOT NULL,
    causation_id    UUID,
    principal       VARCHAR(200)        NOT NULL,
    occurred_at     TIMESTAMPTZ  NOT NULL,
    recorded_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT events_pkey PRIMARY KEY (position),
    CONSTRAINT events_event_id_unique UNIQUE (event_id),
    CONSTRAINT events_stream_version_unique UNIQUE (stream_type, stream_id, version),
    CONSTRAINT events_version_positive CHECK (version >= 1)
);

/* [jooq ignore start] */
-- The writing transaction, for projections that must never skip a late commit.
ALTER TABLE events ADD COLUMN transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id();
ALTER TABLE events ADD CONSTRAINT events_payload_is_object CHECK (jsonb_typeof(payload) = 'object');
ALTER TABLE events ADD CONSTRAINT events_metadata_is_object CHECK (jsonb_typeof(metadata) = 'object');
/* [jooq ignore stop] */

-- The step journal of Procedures: one row per step outcome (and, later, per in-flight marker).
CREATE TABLE entries_operation_procedure_activities (
    event_id        UUID         NOT NULL,
    procedure_id    UUID         NOT NULL,
    logbook_id      UUID         NOT NULL,
    actor_id        VARCHAR(200)        NOT NULL,
    command_name    VARCHAR(100)        NOT NULL,
    step_kind       VARCHAR(50)        NOT NULL,
    payload         JSONB        NOT NULL,
    sampled_at      TIMESTAMPTZ  NOT NULL,
    occurred_at     TIMESTAMPTZ  NOT NULL,
    correlation_id  UUID         NOT NULL,
    causation_id    UUID,
    recorded_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    append_seq      BIGSERIAL    NOT NULL,
    CONSTRAINT entries_operation_procedure_activities_pkey PRIMARY KEY (event_id)
);

CREATE INDEX entries_operation_procedure_activities_by_procedure
    ON entries_operation_procedure_activities (procedure_id, append_seq);
CREATE INDEX entries_operation_procedure_activities_by_logbook
    ON entries_operation_procedure_activities (logbook_id);

/* [jooq ignore start] */
ALTER TABLE entries_operation_procedure_activities
    ADD CONSTRAINT entries_operation_procedure_activities_payload_is_object CHECK (jsonb_typeof(payload) = 'object');

-- The journal is append-only: no role but the owner may change or remove a row, and the
-- owner is refused by a trigger too, so a bug or a stray script cannot rewrite history.
CREATE FUNCTION refuse_append_only_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only (% refused)', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER entries_operation_procedure_activities_append_only
    BEFORE UPDATE OR DELETE ON entries_operation_procedure_activities
    FOR EACH ROW EXECUTE FUNCTION refuse_append_only_rewrite();
CREATE TRIGGER entries_operation_procedure_activities_no_truncate
    BEFORE TRUNCATE ON entries_operation_procedure_activities
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_append_only_rewrite();
CREATE TRIGGER events_append_only
    BEFORE UPDATE OR DELETE ON events
    FOR EACH ROW EXECUTE FUNCTION refuse_append_only_rewrite();

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cora_app') THEN
        REVOKE UPDATE, DELETE, TRUNCATE ON entries_operation_procedure_activities FROM cora_app;
        REVOKE UPDATE, DELETE, TRUNCATE ON events FROM cora_app;
    END IF;
END;
$$;

CREATE FUNCTION notify_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('events', NEW.stream_type || ':' || NEW.stream_id::text);
    RETURN NULL;
END;
$$;
CREATE TRIGGER events_notify AFTER INSERT ON events FOR EACH ROW EXECUTE FUNCTION notify_events();
/* [jooq ignore stop] */
