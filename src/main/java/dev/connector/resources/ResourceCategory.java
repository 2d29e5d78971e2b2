package dev.connector.resources;

import java.util.Map;
import java.util.UUID;

/** A category of resources (a room type) as the API returns it; also the stored document. */
public record ResourceCategory(
        UUID id,
        UUID enterpriseId,
        UUID serviceId,
        boolean isActive,
        String type,
        String classification,
        Map<String, String> names,
        Map<String, String> shortNames,
        Map<String, String> descriptions,
        int ordering,
        int capacity,
        int extraCapacity,
        String externalIdentifier,
        UUID accountingCategoryId) {
}
