package dev.connector.live;

/**
 * What a live event reports; the SSE event name of {@code GET /admin/v1/live}. A closed set: a new feature that
 * publishes adds its kind here.
 */
public enum LiveKind {
    /** An API operation was answered: path, status, duration. */
    Operation,
    /** An event was committed to the outbox (by any node sharing the store). */
    Event,
    /** A webhook request was made for a message: status, duration, error, what happens next. */
    WebhookAttempt,
    /** A frame of events was written to a WebSocket. */
    WebSocketPush,
    /** A sandbox fault rule fired on an operation, a webhook or a WebSocket. */
    Fault
}
