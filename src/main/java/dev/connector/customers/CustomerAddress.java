package dev.connector.customers;

import java.util.UUID;

/** The address of a customer as the Customer record embeds it (the API's deprecated, still served Address). */
public record CustomerAddress(
        UUID id,
        String line1,
        String line2,
        String city,
        String postalCode,
        String countryCode,
        String countrySubdivisionCode,
        Double latitude,
        Double longitude) {
}
