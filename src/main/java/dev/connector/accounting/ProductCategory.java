package dev.connector.accounting;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A category of a service's products (Food, Beverage, ...), as {@code productCategories/getAll} returns it. */
public record ProductCategory(UUID id, UUID enterpriseId, UUID serviceId, Map<String, String> names,
                              Map<String, String> shortNames, Map<String, String> descriptions,
                              Parent parentProductCategory, Instant updatedUtc, Instant createdUtc, int ordering) {

    /** The parent category, when categories are nested. */
    public record Parent(UUID id, Map<String, String> names) {
    }
}
