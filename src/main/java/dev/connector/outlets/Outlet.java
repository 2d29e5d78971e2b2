package dev.connector.outlets;

import java.time.Instant;
import java.util.UUID;

/** A point of sale of the enterprise run by another system (restaurant, bar), as {@code outlets/getAll} returns it. */
public record Outlet(UUID id, boolean isActive, String name, UUID enterpriseId, Instant createdUtc,
                     Instant updatedUtc) {
}
