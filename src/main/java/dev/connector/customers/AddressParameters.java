package dev.connector.customers;

import java.util.UUID;

/** An address as add and update requests send it; absent fields stay as they are when updating. */
public record AddressParameters(
        String line1,
        String line2,
        String city,
        String postalCode,
        String countryCode,
        String countrySubdivisionCode) {

    public AddressParameters {
        ProfileChecks.country(countryCode, "Address.CountryCode");
        ProfileChecks.maxLength(line1, "Address.Line1");
        ProfileChecks.maxLength(line2, "Address.Line2");
        ProfileChecks.maxLength(city, "Address.City");
        ProfileChecks.maxLength(postalCode, "Address.PostalCode");
        ProfileChecks.maxLength(countrySubdivisionCode, "Address.CountrySubdivisionCode");
    }

    /** A new address with the given id. */
    CustomerAddress create(UUID id) {
        return new CustomerAddress(id, line1, line2, city, postalCode, countryCode, countrySubdivisionCode, null, null);
    }

    /** The current address with every field this request carries replaced; a new one when there is none yet. */
    CustomerAddress applyTo(CustomerAddress current, UUID newId) {
        if (current == null) {
            return create(newId);
        }
        return new CustomerAddress(current.id(),
                line1 != null ? line1 : current.line1(),
                line2 != null ? line2 : current.line2(),
                city != null ? city : current.city(),
                postalCode != null ? postalCode : current.postalCode(),
                countryCode != null ? countryCode : current.countryCode(),
                countrySubdivisionCode != null ? countrySubdivisionCode : current.countrySubdivisionCode(),
                current.latitude(),
                current.longitude());
    }
}
