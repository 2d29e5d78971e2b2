-- Loyalty programs: chain-level, like companies.

CREATE TABLE loyalty_programs (
    seq         ${id_seq},
    id          TEXT NOT NULL UNIQUE,
    chain_id    TEXT NOT NULL REFERENCES chains (id),
    code        TEXT NOT NULL,
    is_active   BOOLEAN NOT NULL,
    created_utc BIGINT NOT NULL,
    updated_utc BIGINT NOT NULL,
    doc         TEXT NOT NULL
);
CREATE INDEX loyalty_programs_chain ON loyalty_programs (chain_id);
