-- Sandbox fault rules: what the API, webhook delivery and WebSockets are told to get wrong on purpose. Rows are
-- shared by every server process on the store, so a rule's remaining count is spent once across all of them.

CREATE TABLE fault_rules (
    seq            ${id_seq},
    id             TEXT NOT NULL UNIQUE,
    target         TEXT NOT NULL,
    application_id TEXT,
    enterprise_id  TEXT,
    operation      TEXT,
    fault          TEXT NOT NULL,
    status         INTEGER,
    delay_ms       INTEGER,
    count_limit    INTEGER,
    probability    DOUBLE PRECISION,
    remaining      INTEGER,
    injected       INTEGER NOT NULL,
    created_utc    BIGINT NOT NULL
);
