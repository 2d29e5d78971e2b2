package dev.connector.webhooks;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The shapes of the delivery log in the admin API: {@code {"WebhookMessages": [...], "Cursor"}}. */
record WebhookMessageLog(List<Entry> webhookMessages, UUID cursor) {

    /** One message with every attempt made for it; {@code Body} is the JSON exactly as sent. */
    record Entry(UUID id, MessageKind kind, UUID applicationId, UUID integrationId, UUID enterpriseId,
                 MessageState state, Instant createdUtc, Instant nextAttemptUtc, @JsonRawValue String body,
                 List<Attempt> attempts) {
    }

    /** One request: when it started, the status answered (null when none came), how long it took, what failed. */
    record Attempt(Instant startedUtc, Integer statusCode, long durationMs, String error) {
    }
}
