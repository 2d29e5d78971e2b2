package dev.connector.resourcefeatures;

import java.time.Instant;
import java.util.UUID;

/** A feature assigned to one resource (room), as the API returns it. */
public record ResourceFeatureAssignment(UUID id, boolean isActive, UUID resourceId, UUID featureId,
                                        Instant createdUtc, Instant updatedUtc) {
}
