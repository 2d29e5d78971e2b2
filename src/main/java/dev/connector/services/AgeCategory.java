package dev.connector.services;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An age category of a bookable service as the API returns it (ageCategories/getAll); also the stored document. */
public record AgeCategory(
        UUID id,
        UUID serviceId,
        Integer minimalAge,
        Integer maximalAge,
        Map<String, String> names,
        Map<String, String> shortNames,
        Instant createdUtc,
        Instant updatedUtc,
        String classification,
        boolean isActive,
        String externalIdentifier) {
}
