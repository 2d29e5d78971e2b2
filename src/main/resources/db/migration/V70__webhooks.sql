-- Webhooks: where each application's webhooks go, what each integration hears, and the durable delivery queue.

-- Webhook tables hold no foreign keys to platform tables: a sandbox reset empties those and keeps these.

-- One General and one Integration URL per application, with the optional Token and signing secrets.
CREATE TABLE webhook_endpoints (
    application_id              TEXT PRIMARY KEY,
    general_url                 TEXT,
    integration_url             TEXT,
    token                       TEXT,
    signing_secret              TEXT,
    previous_signing_secret     TEXT,
    previous_secret_expires_utc BIGINT,
    updated_utc                 BIGINT NOT NULL
);

-- The General Webhook events an integration receives (comma-separated discriminators); no row means all of them.
CREATE TABLE webhook_event_selections (
    integration_id TEXT PRIMARY KEY,
    events         TEXT NOT NULL,
    updated_utc    BIGINT NOT NULL
);

-- How far the outbox has been turned into messages; the row is also the lock that lets one node route at a time.
CREATE TABLE webhook_positions (
    name     TEXT PRIMARY KEY,
    position BIGINT NOT NULL
);
INSERT INTO webhook_positions (name, position) VALUES ('outbox', 0);

-- Every message to send: General (a batch of events of one integration and enterprise) or Integration (one action).
-- next_attempt_utc is set while the message still has to be sent (Pending or Failed), null once Delivered or Abandoned.
-- claimed_by names the server process sending it; a claim of a process whose heartbeat stopped is taken over.
CREATE TABLE webhook_messages (
    seq               ${id_seq},
    id                TEXT NOT NULL UNIQUE,
    kind              TEXT NOT NULL,
    application_id    TEXT NOT NULL,
    integration_id    TEXT,
    enterprise_id     TEXT,
    state             TEXT NOT NULL,
    body              TEXT NOT NULL,
    event_count       INTEGER NOT NULL,
    attempts_in_cycle INTEGER NOT NULL,
    next_attempt_utc  BIGINT,
    claimed_by        TEXT,
    committed_utc     BIGINT NOT NULL,
    created_utc       BIGINT NOT NULL,
    delivered_utc     BIGINT
);
CREATE INDEX webhook_messages_due ON webhook_messages (next_attempt_utc);
CREATE INDEX webhook_messages_application ON webhook_messages (application_id, seq);
CREATE INDEX webhook_messages_state ON webhook_messages (state, seq);

-- Every request made for a message: when, the status answered (null when none), how long, and what went wrong.
CREATE TABLE webhook_attempts (
    seq         ${id_seq},
    message_id  TEXT NOT NULL REFERENCES webhook_messages (id),
    node_id     TEXT NOT NULL,
    started_utc BIGINT NOT NULL,
    status_code INTEGER,
    duration_ms BIGINT NOT NULL,
    error       TEXT
);
CREATE INDEX webhook_attempts_message ON webhook_attempts (message_id, seq);

-- Server processes delivering webhooks, with the last time each said it is alive.
CREATE TABLE webhook_nodes (
    id            TEXT PRIMARY KEY,
    heartbeat_utc BIGINT NOT NULL
);
