package dev.connector.resources;

import java.time.Instant;
import java.util.UUID;

/** A period in which a resource cannot be sold (out of order, internal use); the API shape and stored document. */
public record ResourceBlock(
        UUID id,
        UUID enterpriseId,
        UUID assignedResourceId,
        boolean isActive,
        Type type,
        Instant startUtc,
        Instant endUtc,
        Instant createdUtc,
        Instant updatedUtc,
        Instant deletedUtc,
        String name,
        String notes) {

    /** Why the resource is blocked. */
    public enum Type {
        OutOfOrder,
        InternalUse
    }

    public ResourceBlock deleted(Instant now) {
        return new ResourceBlock(id, enterpriseId, assignedResourceId, false, type, startUtc, endUtc, createdUtc, now, now,
                name, notes);
    }
}
