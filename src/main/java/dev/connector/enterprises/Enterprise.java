package dev.connector.enterprises;

import java.time.Instant;
import java.util.UUID;

/** A property (hotel) as stored; API shapes are built from it by the operations that return enterprises. */
public record Enterprise(
        UUID id,
        UUID chainId,
        String chainName,
        String name,
        String externalIdentifier,
        String currencyCode,
        String timeZoneIdentifier,
        PricingMode pricing,
        String countryCode,
        String taxEnvironmentCode,
        String languageCode,
        String addressLine1,
        String addressCity,
        String addressPostalCode,
        String email,
        String phone,
        String websiteUrl,
        Instant createdUtc,
        Instant updatedUtc) {
}
