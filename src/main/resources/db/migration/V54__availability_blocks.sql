-- Availability blocks (allotments of a service under a rate) and their availability adjustments per resource
-- category. The time columns are the first and last time unit starts; released_utc is NULL when not set.

CREATE TABLE availability_blocks (
    seq                        ${id_seq},
    id                         TEXT NOT NULL UNIQUE,
    enterprise_id              TEXT NOT NULL REFERENCES enterprises (id),
    service_id                 TEXT NOT NULL REFERENCES services (id),
    rate_id                    TEXT NOT NULL REFERENCES rates (id),
    state                      TEXT NOT NULL,
    external_identifier        TEXT,
    is_active                  BOOLEAN NOT NULL,
    first_time_unit_start_utc  BIGINT NOT NULL,
    last_time_unit_start_utc   BIGINT NOT NULL,
    released_utc               BIGINT,
    created_utc                BIGINT NOT NULL,
    updated_utc                BIGINT NOT NULL,
    doc                        TEXT NOT NULL
);
CREATE INDEX availability_blocks_enterprise ON availability_blocks (enterprise_id);

CREATE TABLE availability_adjustments (
    seq                        ${id_seq},
    id                         TEXT NOT NULL UNIQUE,
    enterprise_id              TEXT NOT NULL REFERENCES enterprises (id),
    availability_block_id      TEXT REFERENCES availability_blocks (id),
    resource_category_id       TEXT NOT NULL REFERENCES resource_categories (id),
    is_active                  BOOLEAN NOT NULL,
    updated_utc                BIGINT NOT NULL,
    doc                        TEXT NOT NULL
);
CREATE INDEX availability_adjustments_block ON availability_adjustments (availability_block_id);
