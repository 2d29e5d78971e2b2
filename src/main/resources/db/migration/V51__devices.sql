-- On-premise devices (printers, key cutters, payment terminals, ...) and the commands queued for them. A device is
-- linked to exactly one integration: only that integration sees and processes the device's commands.

CREATE TABLE devices (
    seq            ${id_seq},
    id             TEXT NOT NULL UNIQUE,
    enterprise_id  TEXT NOT NULL REFERENCES enterprises (id),
    integration_id TEXT NOT NULL REFERENCES integrations (id),
    type           TEXT NOT NULL,
    name           TEXT NOT NULL,
    identifier     TEXT,
    -- Local set-up the command data needs (printer driver and port, key cutter API address, ...), as JSON.
    settings       TEXT NOT NULL,
    created_utc    BIGINT NOT NULL,
    updated_utc    BIGINT NOT NULL
);
CREATE INDEX devices_enterprise ON devices (enterprise_id);
CREATE INDEX devices_integration ON devices (integration_id);

-- data is the command's Data object as the API returns it; creator the optional User who created the command.
CREATE TABLE device_commands (
    seq           ${id_seq},
    id            TEXT NOT NULL UNIQUE,
    enterprise_id TEXT NOT NULL REFERENCES enterprises (id),
    device_id     TEXT NOT NULL REFERENCES devices (id),
    state         TEXT NOT NULL,
    progress      DOUBLE PRECISION,
    notes         TEXT,
    creator       TEXT,
    data          TEXT NOT NULL,
    created_utc   BIGINT NOT NULL,
    updated_utc   BIGINT NOT NULL
);
CREATE INDEX device_commands_device_state ON device_commands (device_id, state);
