-- Manual availability adjustments: per resource category and enterprise-local night, how many units more (or, when
-- negative, fewer) than the rooms and reservations give are offered. A missing row means no adjustment.
CREATE TABLE service_availability_adjustments (
    category_id   TEXT NOT NULL REFERENCES resource_categories (id),
    night         TEXT NOT NULL,
    enterprise_id TEXT NOT NULL REFERENCES enterprises (id),
    service_id    TEXT NOT NULL REFERENCES services (id),
    unit_count    INTEGER NOT NULL,
    updated_utc   BIGINT NOT NULL,
    PRIMARY KEY (category_id, night)
);
CREATE INDEX service_availability_adjustments_service ON service_availability_adjustments (service_id, night);
