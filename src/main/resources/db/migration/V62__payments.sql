-- Bills, the order items a stay produces (one per night) and payments. Amounts in the enterprise currency are kept in
-- gross_value too, so that balances are one SUM; the API shapes are in doc.

CREATE TABLE bills (
    seq           ${id_seq},
    id            TEXT NOT NULL UNIQUE,
    enterprise_id TEXT NOT NULL REFERENCES enterprises (id),
    account_id    TEXT NOT NULL,
    state         TEXT NOT NULL,
    created_utc   BIGINT NOT NULL,
    updated_utc   BIGINT NOT NULL,
    closed_utc    BIGINT,
    doc           TEXT NOT NULL
);
CREATE INDEX bills_account ON bills (enterprise_id, account_id, state);
CREATE INDEX bills_updated ON bills (enterprise_id, updated_utc);

CREATE TABLE order_items (
    seq              ${id_seq},
    id               TEXT NOT NULL UNIQUE,
    enterprise_id    TEXT NOT NULL REFERENCES enterprises (id),
    account_id       TEXT,
    service_id       TEXT NOT NULL REFERENCES services (id),
    service_order_id TEXT NOT NULL,
    bill_id          TEXT REFERENCES bills (id),
    type             TEXT NOT NULL,
    accounting_state TEXT NOT NULL,
    night            TEXT,
    gross_value      NUMERIC(18, 4) NOT NULL,
    consumed_utc     BIGINT NOT NULL,
    created_utc      BIGINT NOT NULL,
    updated_utc      BIGINT NOT NULL,
    closed_utc       BIGINT,
    canceled_utc     BIGINT,
    doc              TEXT NOT NULL
);
CREATE INDEX order_items_service_order ON order_items (service_order_id);
CREATE INDEX order_items_bill ON order_items (bill_id);
CREATE INDEX order_items_enterprise_updated ON order_items (enterprise_id, updated_utc);
CREATE INDEX order_items_enterprise_consumed ON order_items (enterprise_id, consumed_utc);
CREATE INDEX order_items_account ON order_items (account_id);

CREATE TABLE payments (
    seq              ${id_seq},
    id               TEXT NOT NULL UNIQUE,
    enterprise_id    TEXT NOT NULL REFERENCES enterprises (id),
    account_id       TEXT NOT NULL,
    bill_id          TEXT REFERENCES bills (id),
    reservation_id   TEXT,
    type             TEXT NOT NULL,
    state            TEXT NOT NULL,
    accounting_state TEXT NOT NULL,
    gross_value      NUMERIC(18, 4) NOT NULL,
    created_utc      BIGINT NOT NULL,
    updated_utc      BIGINT NOT NULL,
    charged_utc      BIGINT,
    closed_utc       BIGINT,
    doc              TEXT NOT NULL
);
CREATE INDEX payments_account ON payments (account_id);
CREATE INDEX payments_bill ON payments (bill_id);
CREATE INDEX payments_reservation ON payments (reservation_id);
CREATE INDEX payments_enterprise_updated ON payments (enterprise_id, updated_utc);
CREATE INDEX payments_enterprise_created ON payments (enterprise_id, created_utc);
