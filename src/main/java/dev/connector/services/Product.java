package dev.connector.services;

import dev.connector.rates.Amount;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A product offered with a service (breakfast, parking) as the API returns it; also the stored document. */
public record Product(
        UUID id,
        UUID serviceId,
        UUID categoryId,
        UUID accountingCategoryId,
        boolean isActive,
        boolean isDefault,
        String name,
        Map<String, String> names,
        String externalName,
        Map<String, String> externalNames,
        String shortName,
        Map<String, String> shortNames,
        String description,
        Map<String, String> descriptions,
        String charging,
        String chargingMode,
        String posting,
        String postingMode,
        Service.Options options,
        Service.Promotions promotions,
        Classifications classifications,
        Amount price,
        List<UUID> imageIds,
        int ordering,
        String externalIdentifier,
        String taxExemptionReason,
        String taxExemptionLegalReference,
        Instant createdUtc,
        Instant updatedUtc,
        String consumptionMoment) {

    /** What kind of product it is. */
    public record Classifications(boolean food, boolean beverage, boolean wellness, boolean cityTax, boolean fee) {
    }
}
