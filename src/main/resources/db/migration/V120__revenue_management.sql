-- Revenue management and distribution: who set a restriction, rate groups and rates in full, business segments,
-- cancellation policies, reservation sources, availability blocks with pickup, and overbooking limits.
-- Same conventions as V2 (ids as text, instants as epoch milliseconds, local nights as YYYY-MM-DD, API shape in doc).

-- The integration that created a restriction through the API; NULL for restrictions made by users.
ALTER TABLE restrictions ADD COLUMN integration_id TEXT;
CREATE INDEX restrictions_integration ON restrictions (service_id, integration_id);

ALTER TABLE rate_groups ADD COLUMN created_utc BIGINT NOT NULL DEFAULT 0;
ALTER TABLE rate_groups ADD COLUMN external_identifier TEXT;
ALTER TABLE rate_groups ADD COLUMN ordering INTEGER NOT NULL DEFAULT 0;

-- Occupancy (capacity offset) pricing of a base rate: added per person under, or over, the category's capacity.
ALTER TABLE rates ADD COLUMN negative_occupancy_adjustment NUMERIC(18, 4) NOT NULL DEFAULT 0;
ALTER TABLE rates ADD COLUMN extra_occupancy_adjustment NUMERIC(18, 4) NOT NULL DEFAULT 0;

CREATE TABLE business_segments (
    seq           ${id_seq},
    id            TEXT NOT NULL UNIQUE,
    enterprise_id TEXT NOT NULL REFERENCES enterprises (id),
    service_id    TEXT NOT NULL REFERENCES services (id),
    is_active     BOOLEAN NOT NULL,
    updated_utc   BIGINT NOT NULL,
    doc           TEXT NOT NULL
);
CREATE INDEX business_segments_enterprise ON business_segments (enterprise_id);

CREATE TABLE cancellation_policies (
    seq           ${id_seq},
    id            TEXT NOT NULL UNIQUE,
    enterprise_id TEXT NOT NULL REFERENCES enterprises (id),
    service_id    TEXT NOT NULL REFERENCES services (id),
    rate_group_id TEXT NOT NULL REFERENCES rate_groups (id),
    is_active     BOOLEAN NOT NULL,
    updated_utc   BIGINT NOT NULL,
    doc           TEXT NOT NULL
);
CREATE INDEX cancellation_policies_group ON cancellation_policies (rate_group_id);

-- Sources of reservations (channels) are the same for every enterprise.
CREATE TABLE sources (
    seq         ${id_seq},
    id          TEXT NOT NULL UNIQUE,
    updated_utc BIGINT NOT NULL,
    doc         TEXT NOT NULL
);

CREATE TABLE source_assignments (
    seq                  ${id_seq},
    id                   TEXT NOT NULL UNIQUE,
    enterprise_id        TEXT NOT NULL REFERENCES enterprises (id),
    reservation_group_id TEXT NOT NULL,
    reservation_id       TEXT NOT NULL,
    source_id            TEXT NOT NULL REFERENCES sources (id),
    is_primary           BOOLEAN NOT NULL,
    updated_utc          BIGINT NOT NULL
);
CREATE INDEX source_assignments_enterprise ON source_assignments (enterprise_id);

-- The block a reservation was picked up into: it consumes the block's allocation, not public availability.
ALTER TABLE reservations ADD COLUMN availability_block_id TEXT;
CREATE INDEX reservations_availability_block ON reservations (availability_block_id);

-- The units a block holds per category, for availability: nights as local dates, both included.
ALTER TABLE availability_adjustments ADD COLUMN service_id TEXT;
ALTER TABLE availability_adjustments ADD COLUMN unit_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE availability_adjustments ADD COLUMN first_night TEXT;
ALTER TABLE availability_adjustments ADD COLUMN last_night TEXT;
CREATE INDEX availability_adjustments_category ON availability_adjustments (resource_category_id, first_night);
-- A rolling release frees each night this many milliseconds before it starts; NULL for other strategies.
ALTER TABLE availability_blocks ADD COLUMN rolling_release_millis BIGINT;

-- How many units of a service may be sold beyond what exists, for the nights first_night..last_night.
CREATE TABLE service_overbooking_limits (
    seq           ${id_seq},
    id            TEXT NOT NULL UNIQUE,
    enterprise_id TEXT NOT NULL REFERENCES enterprises (id),
    service_id    TEXT NOT NULL REFERENCES services (id),
    first_night   TEXT NOT NULL,
    last_night    TEXT NOT NULL,
    limit_count   INTEGER NOT NULL,
    is_active     BOOLEAN NOT NULL,
    created_utc   BIGINT NOT NULL,
    updated_utc   BIGINT NOT NULL,
    doc           TEXT NOT NULL
);
CREATE INDEX service_overbooking_limits_service ON service_overbooking_limits (service_id, first_night);
