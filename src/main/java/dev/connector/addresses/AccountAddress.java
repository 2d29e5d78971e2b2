package dev.connector.addresses;

import dev.connector.accounts.AccountType;
import java.time.Instant;
import java.util.UUID;

/** An address of an account (customer or company) as the API returns it, and as it is stored in {@code doc}. */
public record AccountAddress(
        UUID id,
        UUID accountId,
        UUID chainId,
        AccountType accountType,
        String line1,
        String line2,
        String city,
        String postalCode,
        String countryCode,
        String countrySubdivisionCode,
        Double latitude,
        Double longitude,
        Instant updatedUtc,
        boolean isActive) {

    AccountAddress deleted(Instant now) {
        return new AccountAddress(id, accountId, chainId, accountType, line1, line2, city, postalCode, countryCode,
                countrySubdivisionCode, latitude, longitude, now, false);
    }
}
