-- Images served by the server itself (drawn from the description in doc), and their assignment to resource
-- categories.

CREATE TABLE images (
    seq           ${id_seq},
    id            TEXT NOT NULL UNIQUE,
    enterprise_id TEXT NOT NULL REFERENCES enterprises (id),
    doc           TEXT NOT NULL
);

CREATE TABLE resource_category_image_assignments (
    seq           ${id_seq},
    id            TEXT NOT NULL UNIQUE,
    enterprise_id TEXT NOT NULL REFERENCES enterprises (id),
    category_id   TEXT NOT NULL REFERENCES resource_categories (id),
    image_id      TEXT NOT NULL REFERENCES images (id),
    is_active     BOOLEAN NOT NULL,
    updated_utc   BIGINT NOT NULL,
    doc           TEXT NOT NULL
);
CREATE INDEX resource_category_image_assignments_category ON resource_category_image_assignments (category_id);
