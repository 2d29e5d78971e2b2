package dev.connector.messaging;

import java.time.Instant;
import java.util.UUID;

/** One message of a thread as the API returns it. */
public record Message(UUID id, UUID messageThreadId, String text, Sender sender, Instant createdUtc) {

    /** Who wrote a message: the partner application, or the enterprise's staff. */
    public enum Sender {
        Application,
        Enterprise
    }
}
