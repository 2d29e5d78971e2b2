-- Message threads that partner applications open on behalf of a guest, and the messages in them. A thread is seen
-- only by the application that created it, in the enterprise it was created in.

CREATE TABLE message_threads (
    seq             ${id_seq},
    id              TEXT NOT NULL UNIQUE,
    enterprise_id   TEXT NOT NULL REFERENCES enterprises (id),
    application_id  TEXT NOT NULL REFERENCES applications (id),
    original_sender TEXT NOT NULL,
    subject         TEXT NOT NULL,
    is_resolved     BOOLEAN NOT NULL,
    created_utc     BIGINT NOT NULL,
    updated_utc     BIGINT NOT NULL
);
CREATE INDEX message_threads_owner ON message_threads (application_id, enterprise_id);

CREATE TABLE messages (
    seq           ${id_seq},
    id            TEXT NOT NULL UNIQUE,
    thread_id     TEXT NOT NULL REFERENCES message_threads (id),
    enterprise_id TEXT NOT NULL REFERENCES enterprises (id),
    created_utc   BIGINT NOT NULL,
    doc           TEXT NOT NULL
);
CREATE INDEX messages_thread ON messages (thread_id);
