-- CRM: company numbers and classifications, account addresses and notes, travel agency contracts, loyalty tiers
-- and memberships. Accounts are customers or companies; account_type says which.

-- The last company number given out in each chain; taking the next one locks the chain's row until commit.
CREATE TABLE company_numbers (
    chain_id    TEXT PRIMARY KEY REFERENCES chains (id),
    last_number BIGINT NOT NULL
);

-- Comma-separated company classifications (Corporate, Internal, ...) and the source of a company: accounts/update
-- sets and returns them, the Company record does not show them.
ALTER TABLE companies ADD COLUMN classifications TEXT;
ALTER TABLE companies ADD COLUMN source_id TEXT;

CREATE TABLE account_addresses (
    seq          ${id_seq},
    id           TEXT NOT NULL UNIQUE,
    chain_id     TEXT NOT NULL REFERENCES chains (id),
    account_id   TEXT NOT NULL,
    account_type TEXT NOT NULL,
    is_active    BOOLEAN NOT NULL,
    updated_utc  BIGINT NOT NULL,
    doc          TEXT NOT NULL
);
CREATE INDEX account_addresses_account ON account_addresses (account_id);
CREATE INDEX account_addresses_chain_updated ON account_addresses (chain_id, updated_utc);

CREATE TABLE account_notes (
    seq          ${id_seq},
    id           TEXT NOT NULL UNIQUE,
    chain_id     TEXT NOT NULL REFERENCES chains (id),
    account_id   TEXT NOT NULL,
    account_type TEXT NOT NULL,
    is_active    BOOLEAN NOT NULL,
    updated_utc  BIGINT NOT NULL,
    doc          TEXT NOT NULL
);
CREATE INDEX account_notes_account ON account_notes (account_id);
CREATE INDEX account_notes_chain_updated ON account_notes (chain_id, updated_utc);

-- Travel agency contracts between an enterprise (through one of its services) and a company.
CREATE TABLE company_contracts (
    seq           ${id_seq},
    id            TEXT NOT NULL UNIQUE,
    enterprise_id TEXT NOT NULL REFERENCES enterprises (id),
    service_id    TEXT NOT NULL REFERENCES services (id),
    company_id    TEXT NOT NULL,
    is_active     BOOLEAN NOT NULL,
    updated_utc   BIGINT NOT NULL,
    doc           TEXT NOT NULL
);
CREATE INDEX company_contracts_service ON company_contracts (service_id);
CREATE INDEX company_contracts_company ON company_contracts (company_id);

CREATE TABLE loyalty_tiers (
    seq                ${id_seq},
    id                 TEXT NOT NULL UNIQUE,
    chain_id           TEXT NOT NULL REFERENCES chains (id),
    loyalty_program_id TEXT NOT NULL REFERENCES loyalty_programs (id),
    code               TEXT NOT NULL,
    ordering           INTEGER NOT NULL,
    is_active          BOOLEAN NOT NULL,
    updated_utc        BIGINT NOT NULL,
    doc                TEXT NOT NULL
);
CREATE INDEX loyalty_tiers_program ON loyalty_tiers (loyalty_program_id);

CREATE TABLE loyalty_memberships (
    seq                    ${id_seq},
    id                     TEXT NOT NULL UNIQUE,
    chain_id               TEXT NOT NULL REFERENCES chains (id),
    account_id             TEXT NOT NULL,
    loyalty_program_id     TEXT NOT NULL REFERENCES loyalty_programs (id),
    loyalty_tier_id        TEXT,
    state                  TEXT NOT NULL,
    is_primary             BOOLEAN NOT NULL,
    code                   TEXT,
    provider_membership_id TEXT,
    is_active              BOOLEAN NOT NULL,
    created_utc            BIGINT NOT NULL,
    updated_utc            BIGINT NOT NULL,
    doc                    TEXT NOT NULL
);
CREATE INDEX loyalty_memberships_account ON loyalty_memberships (account_id);
CREATE INDEX loyalty_memberships_program ON loyalty_memberships (loyalty_program_id);
CREATE INDEX loyalty_memberships_chain ON loyalty_memberships (chain_id, updated_utc);
