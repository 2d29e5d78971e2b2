-- What the standard hotel setup and the catalogue operations need beyond V2: how a dependent rate derives its
-- prices, rate groups, products, restrictions and resource blocks. Same conventions as V2 (ids as text, instants as
-- epoch milliseconds, the API shape in doc).

-- A bookable service's default check-in and check-out local times (HH:MM), for reservations to default to.
ALTER TABLE services ADD COLUMN start_time TEXT;
ALTER TABLE services ADD COLUMN end_time TEXT;

-- A dependent rate's nightly price = base price * (1 + relative_adjustment) + absolute_adjustment.
ALTER TABLE rates ADD COLUMN relative_adjustment NUMERIC(9, 4) NOT NULL DEFAULT 0;
ALTER TABLE rates ADD COLUMN absolute_adjustment NUMERIC(18, 4) NOT NULL DEFAULT 0;
ALTER TABLE rates ADD COLUMN group_id TEXT;
ALTER TABLE rates ADD COLUMN created_utc BIGINT NOT NULL DEFAULT 0;
-- The price the standard setup gave a night, restored when an update sends no Value.
ALTER TABLE rate_prices ADD COLUMN default_amount NUMERIC(18, 4);
CREATE INDEX rates_enterprise ON rates (enterprise_id);
CREATE INDEX rate_prices_category ON rate_prices (category_id, night);

CREATE TABLE rate_groups (
    seq           ${id_seq},
    id            TEXT NOT NULL UNIQUE,
    enterprise_id TEXT NOT NULL REFERENCES enterprises (id),
    service_id    TEXT NOT NULL REFERENCES services (id),
    name          TEXT NOT NULL,
    is_active     BOOLEAN NOT NULL,
    updated_utc   BIGINT NOT NULL
);
CREATE INDEX rate_groups_service ON rate_groups (service_id);

CREATE TABLE products (
    seq           ${id_seq},
    id            TEXT NOT NULL UNIQUE,
    enterprise_id TEXT NOT NULL REFERENCES enterprises (id),
    service_id    TEXT NOT NULL REFERENCES services (id),
    is_active     BOOLEAN NOT NULL,
    updated_utc   BIGINT NOT NULL,
    doc           TEXT NOT NULL
);
CREATE INDEX products_service ON products (service_id);

-- Conditions are kept as columns for the filters; an open end of the restriction interval is NULL.
CREATE TABLE restrictions (
    seq                   ${id_seq},
    id                    TEXT NOT NULL UNIQUE,
    enterprise_id         TEXT NOT NULL REFERENCES enterprises (id),
    service_id            TEXT NOT NULL REFERENCES services (id),
    origin                TEXT NOT NULL,
    exact_rate_id         TEXT,
    base_rate_id          TEXT,
    rate_group_id         TEXT,
    resource_category_id  TEXT,
    start_utc             BIGINT,
    end_utc               BIGINT,
    created_utc           BIGINT NOT NULL,
    updated_utc           BIGINT NOT NULL,
    doc                   TEXT NOT NULL
);
CREATE INDEX restrictions_service ON restrictions (service_id);

CREATE TABLE resource_blocks (
    seq           ${id_seq},
    id            TEXT NOT NULL UNIQUE,
    enterprise_id TEXT NOT NULL REFERENCES enterprises (id),
    resource_id   TEXT NOT NULL REFERENCES resources (id),
    type          TEXT NOT NULL,
    is_active     BOOLEAN NOT NULL,
    start_utc     BIGINT NOT NULL,
    end_utc       BIGINT NOT NULL,
    created_utc   BIGINT NOT NULL,
    updated_utc   BIGINT NOT NULL,
    doc           TEXT NOT NULL
);
CREATE INDEX resource_blocks_enterprise ON resource_blocks (enterprise_id, start_utc);
CREATE INDEX resource_blocks_resource ON resource_blocks (resource_id);
