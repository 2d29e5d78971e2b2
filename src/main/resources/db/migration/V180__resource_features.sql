-- Features of rooms (sea view, balcony, ...) defined per service, and their assignment to resources.

CREATE TABLE resource_features (
    seq           ${id_seq},
    id            TEXT NOT NULL UNIQUE,
    enterprise_id TEXT NOT NULL REFERENCES enterprises (id),
    service_id    TEXT NOT NULL REFERENCES services (id),
    is_active     BOOLEAN NOT NULL,
    updated_utc   BIGINT NOT NULL,
    doc           TEXT NOT NULL
);
CREATE INDEX resource_features_service ON resource_features (service_id);

CREATE TABLE resource_feature_assignments (
    seq           ${id_seq},
    id            TEXT NOT NULL UNIQUE,
    enterprise_id TEXT NOT NULL REFERENCES enterprises (id),
    feature_id    TEXT NOT NULL REFERENCES resource_features (id),
    resource_id   TEXT NOT NULL REFERENCES resources (id),
    is_active     BOOLEAN NOT NULL,
    updated_utc   BIGINT NOT NULL,
    doc           TEXT NOT NULL
);
CREATE INDEX resource_feature_assignments_feature ON resource_feature_assignments (feature_id);
