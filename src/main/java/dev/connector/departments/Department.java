package dev.connector.departments;

import java.time.Instant;
import java.util.UUID;

/** A department of an enterprise as the API returns it. */
public record Department(UUID id, UUID enterpriseId, boolean isActive, String name, Instant createdUtc,
                         Instant updatedUtc) {
}
