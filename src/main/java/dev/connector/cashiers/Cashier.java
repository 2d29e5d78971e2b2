package dev.connector.cashiers;

import java.time.Instant;
import java.util.UUID;

/** A cash drawer of the enterprise, as {@code cashiers/getAll} returns it. */
public record Cashier(UUID id, UUID enterpriseId, boolean isActive, String name, Instant createdUtc,
                      Instant updatedUtc) {
}
