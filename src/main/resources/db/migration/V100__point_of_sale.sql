-- Point of sale and accounting: product service orders, the enterprise's accounting and product categories, bill
-- counters, outlets with their closed bills and items, cashiers and their transactions, exports (with their files,
-- kept here so that they survive a restart and live in the same store on SQLite and PostgreSQL) and billing
-- automations. Each row keeps the columns its queries filter on, and the API shape in doc.

ALTER TABLE order_items ADD COLUMN net_value NUMERIC(18, 4);

CREATE TABLE product_service_orders (
    seq                   ${id_seq},
    id                    TEXT NOT NULL UNIQUE,
    enterprise_id         TEXT NOT NULL REFERENCES enterprises (id),
    service_id            TEXT NOT NULL REFERENCES services (id),
    account_id            TEXT NOT NULL,
    linked_reservation_id TEXT,
    state                 TEXT NOT NULL,
    updated_utc           BIGINT NOT NULL,
    doc                   TEXT NOT NULL
);
CREATE INDEX product_service_orders_service ON product_service_orders (service_id);
CREATE INDEX product_service_orders_account ON product_service_orders (account_id);

CREATE TABLE product_categories (
    seq           ${id_seq},
    id            TEXT NOT NULL UNIQUE,
    enterprise_id TEXT NOT NULL REFERENCES enterprises (id),
    service_id    TEXT NOT NULL REFERENCES services (id),
    updated_utc   BIGINT NOT NULL,
    doc           TEXT NOT NULL
);
CREATE INDEX product_categories_service ON product_categories (service_id);

CREATE TABLE accounting_categories (
    seq           ${id_seq},
    id            TEXT NOT NULL UNIQUE,
    enterprise_id TEXT NOT NULL REFERENCES enterprises (id),
    code          TEXT,
    is_active     BOOLEAN NOT NULL,
    updated_utc   BIGINT NOT NULL,
    doc           TEXT NOT NULL
);
CREATE INDEX accounting_categories_enterprise ON accounting_categories (enterprise_id);

-- A counter's current value is the enterprise counter named counter_name (see EnterpriseCounters).
CREATE TABLE counters (
    seq           ${id_seq},
    id            TEXT NOT NULL UNIQUE,
    enterprise_id TEXT NOT NULL REFERENCES enterprises (id),
    type          TEXT NOT NULL,
    counter_name  TEXT NOT NULL,
    is_default    BOOLEAN NOT NULL,
    updated_utc   BIGINT NOT NULL,
    doc           TEXT NOT NULL
);
CREATE INDEX counters_enterprise ON counters (enterprise_id, type);

CREATE TABLE outlets (
    seq           ${id_seq},
    id            TEXT NOT NULL UNIQUE,
    enterprise_id TEXT NOT NULL REFERENCES enterprises (id),
    updated_utc   BIGINT NOT NULL,
    doc           TEXT NOT NULL
);
CREATE INDEX outlets_enterprise ON outlets (enterprise_id);

CREATE TABLE outlet_bills (
    seq           ${id_seq},
    id            TEXT NOT NULL UNIQUE,
    enterprise_id TEXT NOT NULL REFERENCES enterprises (id),
    outlet_id     TEXT NOT NULL REFERENCES outlets (id),
    closed_utc    BIGINT NOT NULL,
    updated_utc   BIGINT NOT NULL,
    doc           TEXT NOT NULL
);

CREATE TABLE outlet_items (
    seq           ${id_seq},
    id            TEXT NOT NULL UNIQUE,
    enterprise_id TEXT NOT NULL REFERENCES enterprises (id),
    bill_id       TEXT NOT NULL REFERENCES outlet_bills (id),
    type          TEXT NOT NULL,
    gross_value   NUMERIC(18, 4) NOT NULL,
    net_value     NUMERIC(18, 4) NOT NULL,
    consumed_utc  BIGINT NOT NULL,
    closed_utc    BIGINT NOT NULL,
    updated_utc   BIGINT NOT NULL,
    doc           TEXT NOT NULL
);
CREATE INDEX outlet_items_consumed ON outlet_items (enterprise_id, consumed_utc);
CREATE INDEX outlet_items_bill ON outlet_items (bill_id);

CREATE TABLE cashiers (
    seq           ${id_seq},
    id            TEXT NOT NULL UNIQUE,
    enterprise_id TEXT NOT NULL REFERENCES enterprises (id),
    is_active     BOOLEAN NOT NULL,
    updated_utc   BIGINT NOT NULL,
    doc           TEXT NOT NULL
);

CREATE TABLE cashier_transactions (
    seq           ${id_seq},
    id            TEXT NOT NULL UNIQUE,
    enterprise_id TEXT NOT NULL REFERENCES enterprises (id),
    cashier_id    TEXT NOT NULL REFERENCES cashiers (id),
    payment_id    TEXT,
    created_utc   BIGINT NOT NULL,
    doc           TEXT NOT NULL
);
CREATE INDEX cashier_transactions_created ON cashier_transactions (enterprise_id, created_utc);

-- enterprise_ids: every enterprise the requesting token reached (comma-separated); enterprise_id is the first.
CREATE TABLE exports (
    seq            ${id_seq},
    id             TEXT NOT NULL UNIQUE,
    enterprise_id  TEXT NOT NULL REFERENCES enterprises (id),
    enterprise_ids TEXT NOT NULL,
    entity_type   TEXT NOT NULL,
    status        TEXT NOT NULL,
    created_utc   BIGINT NOT NULL,
    expires_utc   BIGINT,
    doc           TEXT NOT NULL
);
CREATE INDEX exports_status ON exports (status);

CREATE TABLE export_files (
    seq           ${id_seq},
    id            TEXT NOT NULL UNIQUE,
    export_id     TEXT NOT NULL REFERENCES exports (id),
    size_bytes    BIGINT NOT NULL,
    content       TEXT NOT NULL
);
CREATE INDEX export_files_export ON export_files (export_id);

CREATE TABLE billing_automations (
    seq           ${id_seq},
    id            TEXT NOT NULL UNIQUE,
    enterprise_id TEXT NOT NULL REFERENCES enterprises (id),
    is_deleted    BOOLEAN NOT NULL,
    updated_utc   BIGINT NOT NULL,
    doc           TEXT NOT NULL
);
CREATE INDEX billing_automations_enterprise ON billing_automations (enterprise_id);
