-- Company profiles: chain-level accounts, like customers. number is the company's unique number within its chain.

CREATE TABLE companies (
    seq                 ${id_seq},
    id                  TEXT NOT NULL UNIQUE,
    chain_id            TEXT NOT NULL REFERENCES chains (id),
    number              BIGINT NOT NULL,
    name                TEXT NOT NULL,
    mother_company_id   TEXT,
    external_identifier TEXT,
    is_active           BOOLEAN NOT NULL,
    created_utc         BIGINT NOT NULL,
    updated_utc         BIGINT NOT NULL,
    doc                 TEXT NOT NULL,
    UNIQUE (chain_id, number)
);
CREATE INDEX companies_chain ON companies (chain_id);
