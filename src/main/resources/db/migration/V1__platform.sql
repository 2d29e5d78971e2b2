-- Platform tables: chains and enterprises, partner applications and their integrations, and the outbox.
-- Ids are canonical lowercase GUID text; instants are epoch milliseconds; ${id_seq} is the dialect's auto-increment key.

CREATE TABLE chains (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    created_utc BIGINT NOT NULL
);

CREATE TABLE enterprises (
    seq                  ${id_seq},
    id                   TEXT NOT NULL UNIQUE,
    chain_id             TEXT NOT NULL REFERENCES chains (id),
    name                 TEXT NOT NULL,
    external_identifier  TEXT,
    currency_code        TEXT NOT NULL,
    time_zone            TEXT NOT NULL,
    pricing_mode         TEXT NOT NULL,
    country_code         TEXT NOT NULL,
    tax_environment_code TEXT NOT NULL,
    language_code        TEXT NOT NULL,
    address_line1        TEXT,
    address_city         TEXT,
    address_postal_code  TEXT,
    email                TEXT,
    phone                TEXT,
    website_url          TEXT,
    created_utc          BIGINT NOT NULL,
    updated_utc          BIGINT NOT NULL
);
CREATE INDEX enterprises_chain ON enterprises (chain_id);

CREATE TABLE applications (
    seq               ${id_seq},
    id                TEXT NOT NULL UNIQUE,
    name              TEXT NOT NULL,
    client_token      TEXT NOT NULL,
    client_token_hash TEXT NOT NULL UNIQUE,
    created_utc       BIGINT NOT NULL
);

CREATE TABLE integrations (
    seq               ${id_seq},
    id                TEXT NOT NULL UNIQUE,
    application_id    TEXT NOT NULL REFERENCES applications (id),
    name              TEXT NOT NULL,
    access_token      TEXT NOT NULL,
    access_token_hash TEXT NOT NULL UNIQUE,
    state             TEXT NOT NULL,
    created_utc       BIGINT NOT NULL,
    updated_utc       BIGINT NOT NULL
);
CREATE INDEX integrations_application ON integrations (application_id);

CREATE TABLE integration_enterprises (
    integration_id TEXT NOT NULL REFERENCES integrations (id),
    enterprise_id  TEXT NOT NULL REFERENCES enterprises (id),
    PRIMARY KEY (integration_id, enterprise_id)
);
CREATE INDEX integration_enterprises_enterprise ON integration_enterprises (enterprise_id);

CREATE TABLE integration_api_keys (
    id             TEXT PRIMARY KEY,
    integration_id TEXT NOT NULL REFERENCES integrations (id),
    api_key_hash   TEXT NOT NULL,
    created_utc    BIGINT NOT NULL
);

-- The transactional outbox: written in the same transaction as the change, read by position.
CREATE TABLE events (
    position       ${id_seq},
    type           TEXT NOT NULL,
    enterprise_id  TEXT,
    entity_id      TEXT NOT NULL,
    integration_id TEXT,
    payload        TEXT NOT NULL,
    created_utc    BIGINT NOT NULL
);
CREATE INDEX events_created ON events (created_utc);

-- Small facts about this store (e.g. which demo data version it was seeded with).
CREATE TABLE store_settings (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
