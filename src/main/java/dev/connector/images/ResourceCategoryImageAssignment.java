package dev.connector.images;

import java.time.Instant;
import java.util.UUID;

/** An image shown for a resource category (room type), as the API returns it. */
public record ResourceCategoryImageAssignment(UUID id, boolean isActive, UUID categoryId, UUID imageId,
                                              Instant createdUtc, Instant updatedUtc) {
}
