package dev.connector.customers;

import java.time.LocalDate;

/**
 * A deprecated identity document of {@code customers/add} and {@code customers/update} (IdentityCard, Passport,
 * Visa, DriversLicense). Documents have their own operations now and these are not stored, but a client still sending
 * them gets its types checked like any other property.
 */
public record DocumentParameters(
        String number,
        LocalDate expiration,
        LocalDate issuance,
        String issuingCountryCode,
        String issuingCity) {
}
