-- The catalogue of an enterprise: services, age categories, resource categories, resources (rooms) and their
-- assignment to categories, and rates. Each row keeps the columns its queries filter on, and the API shape in doc.

CREATE TABLE services (
    seq           ${id_seq},
    id            TEXT NOT NULL UNIQUE,
    enterprise_id TEXT NOT NULL REFERENCES enterprises (id),
    name          TEXT NOT NULL,
    type          TEXT NOT NULL,
    is_active     BOOLEAN NOT NULL,
    created_utc   BIGINT NOT NULL,
    updated_utc   BIGINT NOT NULL,
    doc           TEXT NOT NULL
);
CREATE INDEX services_enterprise ON services (enterprise_id);

CREATE TABLE age_categories (
    seq            ${id_seq},
    id             TEXT NOT NULL UNIQUE,
    enterprise_id  TEXT NOT NULL REFERENCES enterprises (id),
    service_id     TEXT NOT NULL REFERENCES services (id),
    classification TEXT NOT NULL,
    is_active      BOOLEAN NOT NULL,
    updated_utc    BIGINT NOT NULL,
    doc            TEXT NOT NULL
);
CREATE INDEX age_categories_service ON age_categories (service_id);

CREATE TABLE resource_categories (
    seq           ${id_seq},
    id            TEXT NOT NULL UNIQUE,
    enterprise_id TEXT NOT NULL REFERENCES enterprises (id),
    service_id    TEXT NOT NULL REFERENCES services (id),
    type          TEXT NOT NULL,
    capacity      INTEGER NOT NULL,
    ordering      INTEGER NOT NULL,
    is_active     BOOLEAN NOT NULL,
    updated_utc   BIGINT NOT NULL,
    doc           TEXT NOT NULL
);
CREATE INDEX resource_categories_service ON resource_categories (service_id);

CREATE TABLE resources (
    seq           ${id_seq},
    id            TEXT NOT NULL UNIQUE,
    enterprise_id TEXT NOT NULL REFERENCES enterprises (id),
    name          TEXT NOT NULL,
    state         TEXT NOT NULL,
    is_active     BOOLEAN NOT NULL,
    created_utc   BIGINT NOT NULL,
    updated_utc   BIGINT NOT NULL,
    doc           TEXT NOT NULL
);
CREATE INDEX resources_enterprise ON resources (enterprise_id);

CREATE TABLE resource_category_assignments (
    seq           ${id_seq},
    id            TEXT NOT NULL UNIQUE,
    enterprise_id TEXT NOT NULL REFERENCES enterprises (id),
    resource_id   TEXT NOT NULL REFERENCES resources (id),
    category_id   TEXT NOT NULL REFERENCES resource_categories (id),
    is_active     BOOLEAN NOT NULL,
    updated_utc   BIGINT NOT NULL,
    doc           TEXT NOT NULL
);
CREATE INDEX resource_category_assignments_category ON resource_category_assignments (category_id);
CREATE INDEX resource_category_assignments_resource ON resource_category_assignments (resource_id);

CREATE TABLE rates (
    seq           ${id_seq},
    id            TEXT NOT NULL UNIQUE,
    enterprise_id TEXT NOT NULL REFERENCES enterprises (id),
    service_id    TEXT NOT NULL REFERENCES services (id),
    base_rate_id  TEXT,
    is_active     BOOLEAN NOT NULL,
    updated_utc   BIGINT NOT NULL,
    doc           TEXT NOT NULL
);
CREATE INDEX rates_service ON rates (service_id);

-- The price of one night of a category under a base rate, in the enterprise's currency (gross or net as the
-- enterprise prices). A dependent rate's price is derived from its base rate's (its doc says how).
CREATE TABLE rate_prices (
    rate_id     TEXT NOT NULL REFERENCES rates (id),
    category_id TEXT NOT NULL REFERENCES resource_categories (id),
    night       TEXT NOT NULL,
    amount      NUMERIC(18, 4) NOT NULL,
    updated_utc BIGINT NOT NULL,
    PRIMARY KEY (rate_id, category_id, night)
);
