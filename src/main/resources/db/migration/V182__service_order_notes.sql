-- Notes on service orders (reservations); a deleted note is removed.

CREATE TABLE service_order_notes (
    seq              ${id_seq},
    id               TEXT NOT NULL UNIQUE,
    enterprise_id    TEXT NOT NULL REFERENCES enterprises (id),
    service_order_id TEXT NOT NULL,
    type             TEXT NOT NULL,
    updated_utc      BIGINT NOT NULL,
    doc              TEXT NOT NULL
);
CREATE INDEX service_order_notes_order ON service_order_notes (service_order_id);
