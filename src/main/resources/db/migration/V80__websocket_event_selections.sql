-- Which of the WebSocket event types (Reservation, Resource, DeviceCommand, PriceUpdate) an integration receives.
-- No row: every type. events is a JSON array of type names. Like every ws_* table it survives a sandbox reset,
-- so it holds no foreign key to the tables a reset empties.
CREATE TABLE ws_event_selections (
    integration_id TEXT PRIMARY KEY,
    events         TEXT NOT NULL,
    updated_utc    BIGINT NOT NULL
);
