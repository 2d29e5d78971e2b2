package dev.connector.webhooks;

import java.time.Instant;
import java.util.UUID;

/** One request made for a message, as the delivery log keeps it. */
record AttemptRecord(UUID messageId, String nodeId, Instant startedUtc, Integer statusCode, long durationMs,
                     String error) {
}
