package dev.connector.overbooking;

import java.time.Instant;
import java.util.UUID;

/** How many units of a service may be sold beyond what it has, on the time units of an interval. */
public record ServiceOverbookingLimit(UUID id, UUID serviceId, Instant firstTimeUnitStartUtc,
                                      Instant lastTimeUnitStartUtc, int limit, Instant createdUtc, Instant updatedUtc,
                                      boolean isActive) {
}
