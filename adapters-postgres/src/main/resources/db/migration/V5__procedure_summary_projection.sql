-- The list of Procedures behind GET /procedures: one row per Procedure, folded from its stream by
-- the projection worker with the domain's own evolver. A read model: it can be emptied and rebuilt
-- from the events table at any time, and lags the stream by the worker's catch-up time.
-- Text columns are VARCHAR without a length: the domain enforces the limits, and a read model
-- that refused a row the domain accepted would stop the worker.
CREATE TABLE proj_operation_procedure_summary (
    procedure_id         UUID          NOT NULL,
    name                 VARCHAR       NOT NULL,
    kind                 VARCHAR       NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    target_asset_ids     UUID ARRAY    NOT NULL,
    parent_run_id        UUID,
    capability_id        UUID,
    recipe_id            UUID,
    activity_logbook_id  UUID,
    actuation_kind       VARCHAR(20),
    pending_hold_reason  VARCHAR,
    registered_at        TIMESTAMPTZ   NOT NULL,
    updated_at           TIMESTAMPTZ   NOT NULL,
    last_event_version   INTEGER       NOT NULL,
    CONSTRAINT proj_operation_procedure_summary_pkey PRIMARY KEY (procedure_id)
);

-- Each filter of the list keeps the keyset order (procedure_id) in its index.
CREATE INDEX proj_operation_procedure_summary_by_status
    ON proj_operation_procedure_summary (status, procedure_id);
CREATE INDEX proj_operation_procedure_summary_by_kind
    ON proj_operation_procedure_summary (kind, procedure_id);
CREATE INDEX proj_operation_procedure_summary_by_parent_run
    ON proj_operation_procedure_summary (parent_run_id, procedure_id);

-- Where each projection has got to in the events table, and which version of its code built it.
CREATE TABLE projection_checkpoints (
    name                 VARCHAR(100)  NOT NULL,
    projection_version   INTEGER       NOT NULL,
    last_position        BIGINT        NOT NULL,
    updated_at           TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT projection_checkpoints_pkey PRIMARY KEY (name)
);

/* [jooq ignore start] */
ALTER TABLE proj_operation_procedure_summary ADD CONSTRAINT proj_operation_procedure_summary_status_known
    CHECK (status IN ('Defined', 'Running', 'Held', 'Completed', 'Aborted', 'Truncated'));
CREATE INDEX proj_operation_procedure_summary_by_target_asset
    ON proj_operation_procedure_summary USING GIN (target_asset_ids);

-- The checkpoint is a (transaction id, position) pair: events are read in that order, never by
-- position alone, so an event of a transaction that commits late is never skipped.
ALTER TABLE projection_checkpoints ADD COLUMN last_transaction_id xid8 NOT NULL DEFAULT '0';
CREATE INDEX events_by_transaction_and_position ON events (transaction_id, position);

-- Version 1 of the summary's code; nothing applied yet, so it builds from the first event.
INSERT INTO projection_checkpoints (name, projection_version, last_position, last_transaction_id)
VALUES ('proj_operation_procedure_summary', 1, 0, '0');

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cora_app') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON proj_operation_procedure_summary TO cora_app;
        GRANT SELECT, INSERT, UPDATE ON projection_checkpoints TO cora_app;
    END IF;
END;
$$;
/* [jooq ignore stop] */
