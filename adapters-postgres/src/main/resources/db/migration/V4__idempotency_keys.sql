-- Retried creates (the Idempotency-Key header): what the first create under a key answered, per
-- principal, kept until expires_at. A row is written in the same transaction as the events of the
-- create it answers, so one is never stored without the other. Rows are never updated; expired
-- ones are deleted by the purge (and, for one key, by the next create that reuses it).
CREATE TABLE idempotency_keys (
    principal          VARCHAR(200)   NOT NULL,
    idempotency_key    VARCHAR(200)   NOT NULL,
    request_sha256     VARCHAR(64)    NOT NULL,
    response_status    INTEGER        NOT NULL,
    response_location  VARCHAR(2000),
    response_body      JSONB          NOT NULL,
    created_at         TIMESTAMPTZ    NOT NULL,
    expires_at         TIMESTAMPTZ    NOT NULL,
    CONSTRAINT idempotency_keys_pkey PRIMARY KEY (principal, idempotency_key)
);

CREATE INDEX idempotency_keys_by_expiry ON idempotency_keys (expires_at);

/* [jooq ignore start] */
ALTER TABLE idempotency_keys
    ADD CONSTRAINT idempotency_keys_key_is_printable_ascii CHECK (idempotency_key ~ '^[ -~]{1,200}$');
ALTER TABLE idempotency_keys
    ADD CONSTRAINT idempotency_keys_request_sha256_is_hex CHECK (request_sha256 ~ '^[0-9a-f]{64}$');
ALTER TABLE idempotency_keys
    ADD CONSTRAINT idempotency_keys_response_body_is_object CHECK (jsonb_typeof(response_body) = 'object');
ALTER TABLE idempotency_keys
    ADD CONSTRAINT idempotency_keys_expire_after_creation CHECK (expires_at > created_at);
/* [jooq ignore stop] */
