-- The guest journey: who stays with a reservation, their identity documents and files, room keys, payment cards,
-- refunds, payment requests and plans, preauthorizations and reservation rules. Filter columns plus the API shape
-- in doc, as elsewhere.

CREATE TABLE companionships (
    seq            ${id_seq},
    id             TEXT NOT NULL UNIQUE,
    enterprise_id  TEXT NOT NULL REFERENCES enterprises (id),
    reservation_id TEXT NOT NULL,
    group_id       TEXT,
    customer_id    TEXT NOT NULL,
    updated_utc    BIGINT NOT NULL,
    doc            TEXT NOT NULL,
    UNIQUE (reservation_id, customer_id)
);
CREATE INDEX companionships_customer ON companionships (customer_id);
CREATE INDEX companionships_group ON companionships (group_id);

CREATE TABLE identity_documents (
    seq         ${id_seq},
    id          TEXT NOT NULL UNIQUE,
    chain_id    TEXT NOT NULL REFERENCES chains (id),
    customer_id TEXT NOT NULL,
    type        TEXT NOT NULL,
    updated_utc BIGINT NOT NULL,
    doc         TEXT NOT NULL
);
CREATE INDEX identity_documents_customer ON identity_documents (customer_id);

-- Files attached to accounts; data is the file's bytes in base64, as uploaded.
CREATE TABLE account_files (
    seq         ${id_seq},
    id          TEXT NOT NULL UNIQUE,
    chain_id    TEXT NOT NULL REFERENCES chains (id),
    account_id  TEXT NOT NULL,
    name        TEXT NOT NULL,
    mime_type   TEXT NOT NULL,
    size_bytes  BIGINT NOT NULL,
    created_utc BIGINT NOT NULL,
    data        TEXT NOT NULL
);
CREATE INDEX account_files_account ON account_files (account_id);

CREATE TABLE resource_access_tokens (
    seq                ${id_seq},
    id                 TEXT NOT NULL UNIQUE,
    enterprise_id      TEXT NOT NULL REFERENCES enterprises (id),
    service_order_id   TEXT NOT NULL,
    is_active          BOOLEAN NOT NULL,
    validity_start_utc BIGINT NOT NULL,
    validity_end_utc   BIGINT NOT NULL,
    updated_utc        BIGINT NOT NULL,
    doc                TEXT NOT NULL
);
CREATE INDEX resource_access_tokens_order ON resource_access_tokens (service_order_id);
CREATE INDEX resource_access_tokens_updated ON resource_access_tokens (enterprise_id, updated_utc);

CREATE TABLE credit_cards (
    seq           ${id_seq},
    id            TEXT NOT NULL UNIQUE,
    enterprise_id TEXT NOT NULL REFERENCES enterprises (id),
    customer_id   TEXT NOT NULL,
    is_active     BOOLEAN NOT NULL,
    updated_utc   BIGINT NOT NULL,
    doc           TEXT NOT NULL
);
CREATE INDEX credit_cards_customer ON credit_cards (customer_id);
CREATE INDEX credit_cards_updated ON credit_cards (enterprise_id, updated_utc);

-- What has been refunded of a card or alternative payment: one row per refund, value positive.
CREATE TABLE payment_refunds (
    seq               ${id_seq},
    id                TEXT NOT NULL UNIQUE,
    payment_id        TEXT NOT NULL,
    refund_payment_id TEXT NOT NULL,
    value             NUMERIC(18, 4) NOT NULL,
    created_utc       BIGINT NOT NULL
);
CREATE INDEX payment_refunds_payment ON payment_refunds (payment_id);

CREATE TABLE payment_requests (
    seq            ${id_seq},
    id             TEXT NOT NULL UNIQUE,
    enterprise_id  TEXT NOT NULL REFERENCES enterprises (id),
    account_id     TEXT NOT NULL,
    reservation_id TEXT,
    state          TEXT NOT NULL,
    expiration_utc BIGINT NOT NULL,
    updated_utc    BIGINT NOT NULL,
    doc            TEXT NOT NULL
);
CREATE INDEX payment_requests_account ON payment_requests (account_id);
CREATE INDEX payment_requests_pending ON payment_requests (state, expiration_utc);

CREATE TABLE payment_plans (
    seq                ${id_seq},
    id                 TEXT NOT NULL UNIQUE,
    enterprise_id      TEXT NOT NULL REFERENCES enterprises (id),
    reservation_id     TEXT NOT NULL,
    payment_request_id TEXT NOT NULL,
    created_utc        BIGINT NOT NULL,
    doc                TEXT NOT NULL
);

CREATE TABLE preauthorizations (
    seq           ${id_seq},
    id            TEXT NOT NULL UNIQUE,
    enterprise_id TEXT NOT NULL REFERENCES enterprises (id),
    customer_id   TEXT NOT NULL,
    doc           TEXT NOT NULL
);
CREATE INDEX preauthorizations_customer ON preauthorizations (customer_id);

CREATE TABLE reservation_rules (
    seq           ${id_seq},
    id            TEXT NOT NULL UNIQUE,
    enterprise_id TEXT NOT NULL REFERENCES enterprises (id),
    service_id    TEXT NOT NULL,
    updated_utc   BIGINT NOT NULL,
    doc           TEXT NOT NULL
);
CREATE INDEX reservation_rules_service ON reservation_rules (service_id);

-- Alternative payments waiting for their processor's answer (in the sandbox: an outcome decided when the payment is
-- made, delivered at answer_utc).
CREATE TABLE alternative_payments (
    seq           ${id_seq},
    id            TEXT NOT NULL UNIQUE,
    enterprise_id TEXT NOT NULL REFERENCES enterprises (id),
    method        TEXT NOT NULL,
    outcome       TEXT NOT NULL,
    answer_utc    BIGINT NOT NULL,
    answered      BOOLEAN NOT NULL
);
CREATE INDEX alternative_payments_waiting ON alternative_payments (answered, answer_utc);
