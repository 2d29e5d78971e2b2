-- Departments of an enterprise (housekeeping, reception, ...) and the tasks addressed to them.

CREATE TABLE departments (
    seq           ${id_seq},
    id            TEXT NOT NULL UNIQUE,
    enterprise_id TEXT NOT NULL REFERENCES enterprises (id),
    is_active     BOOLEAN NOT NULL,
    created_utc   BIGINT NOT NULL,
    updated_utc   BIGINT NOT NULL,
    doc           TEXT NOT NULL
);
CREATE INDEX departments_enterprise ON departments (enterprise_id);

-- closed_utc is NULL while the task is open.
CREATE TABLE tasks (
    seq              ${id_seq},
    id               TEXT NOT NULL UNIQUE,
    enterprise_id    TEXT NOT NULL REFERENCES enterprises (id),
    department_id    TEXT REFERENCES departments (id),
    service_order_id TEXT,
    state            TEXT NOT NULL,
    created_utc      BIGINT NOT NULL,
    deadline_utc     BIGINT NOT NULL,
    closed_utc       BIGINT,
    doc              TEXT NOT NULL
);
CREATE INDEX tasks_enterprise ON tasks (enterprise_id);
