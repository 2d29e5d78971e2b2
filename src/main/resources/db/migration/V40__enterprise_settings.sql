-- What the API shows about an enterprise beyond its row in enterprises (accepted currencies, legal environments,
-- address details, accounting settings): one JSON document per enterprise, absent for the defaults.
CREATE TABLE enterprise_settings (
    enterprise_id TEXT PRIMARY KEY REFERENCES enterprises (id),
    updated_utc   BIGINT NOT NULL,
    doc           TEXT NOT NULL
);
