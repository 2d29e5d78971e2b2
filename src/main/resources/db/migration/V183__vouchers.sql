-- Vouchers (access to private rates of a service) and the codes customers book with. Deleted ones stay,
-- inactive, so that reads can still list them. A code value is unique among the enterprise's active codes
-- (checked by the application, since partial unique indexes differ between the stores).

CREATE TABLE vouchers (
    seq                 ${id_seq},
    id                  TEXT NOT NULL UNIQUE,
    enterprise_id       TEXT NOT NULL REFERENCES enterprises (id),
    service_id          TEXT NOT NULL REFERENCES services (id),
    company_id          TEXT,
    external_identifier TEXT,
    is_active           BOOLEAN NOT NULL,
    updated_utc         BIGINT NOT NULL,
    doc                 TEXT NOT NULL
);
CREATE INDEX vouchers_service ON vouchers (service_id);

CREATE TABLE voucher_codes (
    seq           ${id_seq},
    id            TEXT NOT NULL UNIQUE,
    enterprise_id TEXT NOT NULL REFERENCES enterprises (id),
    voucher_id    TEXT NOT NULL REFERENCES vouchers (id),
    value         TEXT NOT NULL,
    is_active     BOOLEAN NOT NULL,
    updated_utc   BIGINT NOT NULL,
    doc           TEXT NOT NULL
);
CREATE INDEX voucher_codes_voucher ON voucher_codes (voucher_id);
CREATE INDEX voucher_codes_value ON voucher_codes (enterprise_id, value);
