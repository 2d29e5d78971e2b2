package dev.connector.customers;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The personal part of a customer: what reception (or a partner through add and update) edits. The rest of a
 * {@link Customer} (ids, number, times, state) is kept by the system.
 */
record Profile(
        Title title,
        Sex sex,
        String firstName,
        String lastName,
        String secondLastName,
        String nationalityCode,
        String preferredLanguageCode,
        LocalDate birthDate,
        String birthPlace,
        String occupation,
        String email,
        String phone,
        String taxIdentificationNumber,
        String loyaltyCode,
        String notes,
        String carRegistrationNumber,
        String dietaryRequirements,
        CustomerAddress address,
        List<CustomerClassification> classifications,
        List<CustomerOption> options,
        List<SpaceFeature> preferredSpaceFeatures,
        String italianDestinationCode,
        String italianFiscalCode,
        UUID companyId) {

    Profile {
        classifications = classifications == null ? List.of() : List.copyOf(classifications);
        options = options == null ? List.of() : List.copyOf(options);
        preferredSpaceFeatures = preferredSpaceFeatures == null ? List.of() : List.copyOf(preferredSpaceFeatures);
    }

    /** The new value when one was sent; an absent (or, for text, blank) value keeps the current one. */
    static <T> T changed(T value, T current) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            return current;
        }
        return value;
    }
}
