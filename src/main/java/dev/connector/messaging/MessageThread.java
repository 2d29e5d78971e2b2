package dev.connector.messaging;

import java.time.Instant;
import java.util.UUID;

/** A message thread as the API returns it: a conversation that an application opened on behalf of a guest. */
public record MessageThread(
        UUID id,
        String originalSender,
        String subject,
        Instant createdUtc,
        Instant updatedUtc,
        boolean isResolved) {
}
