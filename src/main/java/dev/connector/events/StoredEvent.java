package dev.connector.events;

import java.time.Instant;

/** An event as committed to the outbox: its position in the log and when it was committed. */
public record StoredEvent(long position, Instant createdUtc, DomainEvent event) {
}
