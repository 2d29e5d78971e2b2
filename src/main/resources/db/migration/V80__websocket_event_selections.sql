-- Which of the WebSocket event types (Reservation, Resource, DeviceCommand, PriceUpdate) an integration receives.
-- No row: every type. events is a JSON array of type names.
CREATE TABLE ws_event_selections (
    integration_id TEXT PRIMARY KEY REFERENCES integrations (id),
    events         TEXT NOT NULL,
    updated_utc    BIGINT NOT NULL
);
