-- Apps with their settings; version increases on every change and orders the app-config records.
CREATE TABLE apps (
    app_id      TEXT PRIMARY KEY,
    name        TEXT        NOT NULL,
    platform    TEXT        NOT NULL CHECK (platform IN ('android', 'ios', 'web')),
    store_url   TEXT        NOT NULL,
    settings    JSONB       NOT NULL,
    version     BIGINT      NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);

-- Only the SHA-256 of an ingest key is kept; the plaintext is shown once at creation.
CREATE TABLE ingest_keys (
    key_id      TEXT PRIMARY KEY,
    app_id      TEXT        NOT NULL REFERENCES apps (app_id),
    sha256      CHAR(64)    NOT NULL UNIQUE,
    created_at  TIMESTAMPTZ NOT NULL,
    revoked_at  TIMESTAMPTZ
);

CREATE INDEX ingest_keys_active_by_app ON ingest_keys (app_id, created_at) WHERE revoked_at IS NULL;

-- Transactional outbox: written in the same transaction as the change, published to Kafka by the relay.
CREATE TABLE outbox (
    id            BIGSERIAL PRIMARY KEY,
    topic         TEXT        NOT NULL,
    message_key   TEXT        NOT NULL,
    payload       TEXT        NOT NULL,
    headers       JSONB       NOT NULL DEFAULT '{}'::jsonb,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    published_at  TIMESTAMPTZ
);

CREATE INDEX outbox_unpublished ON outbox (id) WHERE published_at IS NULL;
