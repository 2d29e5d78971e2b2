package dev.connector.rates;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A rate (pricing setup) of a service as the API returns it (rates/getAll); also the stored document. */
public record Rate(
        UUID id,
        UUID groupId,
        UUID serviceId,
        UUID baseRateId,
        boolean isBaseRate,
        UUID businessSegmentId,
        boolean isActive,
        boolean isEnabled,
        boolean isPublic,
        boolean isDefault,
        String type,
        String name,
        Map<String, String> names,
        String shortName,
        Instant updatedUtc,
        Map<String, String> externalNames,
        Map<String, String> description,
        String externalIdentifier,
        String taxExemptionReason,
        String taxExemptionLegalReference) {
}
