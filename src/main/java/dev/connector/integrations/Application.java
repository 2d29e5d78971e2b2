package dev.connector.integrations;

import java.time.Instant;
import java.util.UUID;

/** A partner product, identified on every request by its ClientToken. */
public record Application(UUID id, String name, String clientToken, Instant createdUtc) {
}
