-- Reservations (service orders of a stay service) and the groups they are booked in. Each row keeps the columns its
-- queries filter, page and count on, and the API shape (Reservation ver 2023-06-06) in doc.

CREATE TABLE reservation_groups (
    seq           ${id_seq},
    id            TEXT NOT NULL UNIQUE,
    enterprise_id TEXT NOT NULL REFERENCES enterprises (id),
    name          TEXT NOT NULL,
    created_utc   BIGINT NOT NULL,
    updated_utc   BIGINT NOT NULL,
    doc           TEXT NOT NULL
);
CREATE INDEX reservation_groups_enterprise ON reservation_groups (enterprise_id, updated_utc);

-- first_night and last_night are the enterprise-local dates (YYYY-MM-DD) of the first and the last time unit the
-- stay occupies, so that availability counts a reservation on a night with two text comparisons.
CREATE TABLE reservations (
    seq                   ${id_seq},
    id                    TEXT NOT NULL UNIQUE,
    enterprise_id         TEXT NOT NULL REFERENCES enterprises (id),
    service_id            TEXT NOT NULL REFERENCES services (id),
    group_id              TEXT NOT NULL REFERENCES reservation_groups (id),
    account_id            TEXT NOT NULL,
    number                TEXT NOT NULL,
    state                 TEXT NOT NULL,
    requested_category_id TEXT NOT NULL REFERENCES resource_categories (id),
    assigned_resource_id  TEXT REFERENCES resources (id),
    rate_id               TEXT NOT NULL REFERENCES rates (id),
    channel_number        TEXT,
    partner_company_id    TEXT,
    travel_agency_id      TEXT,
    scheduled_start_utc   BIGINT NOT NULL,
    scheduled_end_utc     BIGINT NOT NULL,
    actual_start_utc      BIGINT,
    actual_end_utc        BIGINT,
    first_night           TEXT NOT NULL,
    last_night            TEXT NOT NULL,
    created_utc           BIGINT NOT NULL,
    updated_utc           BIGINT NOT NULL,
    cancelled_utc         BIGINT,
    doc                   TEXT NOT NULL
);
CREATE INDEX reservations_enterprise_updated ON reservations (enterprise_id, updated_utc);
CREATE INDEX reservations_enterprise_start ON reservations (enterprise_id, scheduled_start_utc);
CREATE INDEX reservations_category_nights ON reservations (requested_category_id, first_night, last_night);
CREATE INDEX reservations_resource_nights ON reservations (assigned_resource_id, first_night);
CREATE INDEX reservations_group ON reservations (group_id);
CREATE INDEX reservations_account ON reservations (account_id);
CREATE UNIQUE INDEX reservations_number ON reservations (enterprise_id, number);

-- The last confirmation number (and bill number) given out per enterprise; the row lock serialises writers.
CREATE TABLE enterprise_counters (
    enterprise_id TEXT NOT NULL REFERENCES enterprises (id),
    name          TEXT NOT NULL,
    last_value    BIGINT NOT NULL,
    PRIMARY KEY (enterprise_id, name)
);
