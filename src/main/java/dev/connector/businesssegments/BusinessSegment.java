package dev.connector.businesssegments;

import java.time.Instant;
import java.util.UUID;

/** A business segment of a service (Leisure, Business, ...), as the API returns it and as it is stored. */
public record BusinessSegment(UUID id, UUID serviceId, boolean isActive, String name, Instant createdUtc,
                              Instant updatedUtc) {
}
