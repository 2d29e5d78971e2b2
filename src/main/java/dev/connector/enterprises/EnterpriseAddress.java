package dev.connector.enterprises;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The postal address of an enterprise in the API's (older) address shape. */
public record EnterpriseAddress(
        UUID id,
        String line1,
        String line2,
        String city,
        String postalCode,
        String countryCode,
        String countrySubdivisionCode,
        Double latitude,
        Double longitude) {

    static EnterpriseAddress of(Enterprise enterprise, EnterpriseSettings settings) {
        return new EnterpriseAddress(idOf(enterprise.id()), enterprise.addressLine1(), settings.addressLine2(),
                enterprise.addressCity(), enterprise.addressPostalCode(), enterprise.countryCode(),
                settings.countrySubdivisionCode(), settings.latitude(), settings.longitude());
    }

    /** The address has no row of its own; its id is derived from the enterprise's, so it never changes. */
    static UUID idOf(UUID enterpriseId) {
        return UUID.nameUUIDFromBytes(("enterprise-address/" + enterpriseId).getBytes(StandardCharsets.UTF_8));
    }
}
