-- Commands for fiscal machines (fiscalising a bill), visible to the integration the machine is linked to.

CREATE TABLE fiscal_machine_commands (
    seq            ${id_seq},
    id             TEXT NOT NULL UNIQUE,
    enterprise_id  TEXT NOT NULL REFERENCES enterprises (id),
    integration_id TEXT NOT NULL,
    device_id      TEXT NOT NULL,
    state          TEXT NOT NULL,
    updated_utc    BIGINT NOT NULL,
    doc            TEXT NOT NULL
);
CREATE INDEX fiscal_machine_commands_device ON fiscal_machine_commands (device_id);
