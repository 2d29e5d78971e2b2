-- Customers are chain-level: every enterprise of a chain shares them, and no one outside the chain sees them.
-- doc holds the API's Customer record; the other columns are what getAll and search filter and page on.
-- The *_key columns hold lowercased values, so that emails and names match regardless of letter case.

CREATE TABLE customers (
    seq            ${id_seq},
    id             TEXT NOT NULL UNIQUE,
    chain_id       TEXT NOT NULL REFERENCES chains (id),
    number         TEXT NOT NULL,
    email_key      TEXT,
    first_name_key TEXT,
    last_name_key  TEXT NOT NULL,
    loyalty_code   TEXT,
    company_id     TEXT,
    is_active      BOOLEAN NOT NULL,
    created_utc    BIGINT NOT NULL,
    updated_utc    BIGINT NOT NULL,
    deleted_utc    BIGINT,
    doc            TEXT NOT NULL
);
CREATE INDEX customers_chain ON customers (chain_id, seq);
CREATE INDEX customers_chain_email ON customers (chain_id, email_key);
CREATE INDEX customers_chain_last_name ON customers (chain_id, last_name_key);
CREATE INDEX customers_chain_updated ON customers (chain_id, updated_utc);
CREATE INDEX customers_chain_created ON customers (chain_id, created_utc);

-- The last customer number given out in each chain. Taking the next number locks the chain's row until commit,
-- which also serialises the duplicate-email check of concurrent writers in the same chain.
CREATE TABLE customer_numbers (
    chain_id    TEXT PRIMARY KEY REFERENCES chains (id),
    last_number BIGINT NOT NULL
);
