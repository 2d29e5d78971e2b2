-- Routing rules: which items of reservations with a company or travel agency are billed to that company.

CREATE TABLE routing_rules (
    seq              ${id_seq},
    id               TEXT NOT NULL UNIQUE,
    enterprise_id    TEXT NOT NULL REFERENCES enterprises (id),
    company_id       TEXT NOT NULL,
    service_id       TEXT,
    company_relation TEXT NOT NULL,
    applicability    TEXT NOT NULL,
    route_type       TEXT NOT NULL,
    routes_nights    BOOLEAN NOT NULL,
    updated_utc      BIGINT NOT NULL,
    doc              TEXT NOT NULL
);
CREATE INDEX routing_rules_company ON routing_rules (company_id);
