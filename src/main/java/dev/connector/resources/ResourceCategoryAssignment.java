package dev.connector.resources;

import java.time.Instant;
import java.util.UUID;

/** Assignment of a resource to a resource category, as the API returns it; also the stored document. */
public record ResourceCategoryAssignment(
        UUID id,
        boolean isActive,
        UUID resourceId,
        UUID categoryId,
        Instant createdUtc,
        Instant updatedUtc) {
}
