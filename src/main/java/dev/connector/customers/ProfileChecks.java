package dev.connector.customers;

import dev.connector.api.InvalidRequest;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks of the personal fields that add and update requests share, each naming the field it refuses. */
final class ProfileChecks {

    /** Generous bound for free-text fields the reference gives no limit for, so that nobody stores megabytes. */
    static final int TEXT_LIMIT = 1000;
    /** The reference's limit for CarRegistrationNumber and DietaryRequirements. */
    static final int SHORT_TEXT_LIMIT = 255;

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    // One @, something on both sides, a dot in the domain, no spaces: what every mail system needs at least.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private ProfileChecks() {
    }

    static String email(String value, String field) {
        if (value != null && !value.isEmpty() && (value.length() > 254 || !EMAIL.matcher(value).matches())) {
            throw new InvalidRequest(field + " is not a valid email address.");
        }
        return value;
    }

    /** An ISO 3166-1 alpha-2 country code, such as GB or US. */
    static String country(String value, String field) {
        if (value != null && !COUNTRIES.contains(value)) {
            throw new InvalidRequest(field + " must be an ISO 3166-1 alpha-2 country code such as GB, but was '"
                    + abbreviate(value) + "'.");
        }
        return value;
    }

    /** The length limits of the free-text personal data that customers/add and customers/update both take. */
    static void textLengths(String firstName, String lastName, String secondLastName, String birthPlace,
                            String occupation, String phone, String loyaltyCode, String notes,
                            String carRegistrationNumber, String dietaryRequirements, String taxIdentificationNumber) {
        maxLength(firstName, "FirstName");
        maxLength(lastName, "LastName");
        maxLength(secondLastName, "SecondLastName");
        maxLength(birthPlace, "BirthPlace");
        maxLength(occupation, "Occupation");
        maxLength(phone, "Phone");
        maxLength(loyaltyCode, "LoyaltyCode");
        maxLength(notes, "Notes");
        maxLength(carRegistrationNumber, SHORT_TEXT_LIMIT, "CarRegistrationNumber");
        maxLength(dietaryRequirements, SHORT_TEXT_LIMIT, "DietaryRequirements");
        maxLength(taxIdentificationNumber, "TaxIdentificationNumber");
    }

    static String maxLength(String value, String field) {
        return maxLength(value, TEXT_LIMIT, field);
    }

    static String maxLength(String value, int max, String field) {
        if (value != null && value.length() > max) {
            throw new InvalidRequest(field + " must not be longer than " + max + " characters.");
        }
        return value;
    }

    /** The distinct values of a list in their first order; a null item is refused. */
    static <T> List<T> distinct(List<T> values, String field) {
        if (values == null) {
            return null;
        }
        noNulls(values, field);
        return values.stream().distinct().toList();
    }

    static void noNulls(Collection<?> values, String field) {
        if (values != null && values.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidRequest(field + " must not contain null.");
        }
    }

    private static String abbreviate(String value) {
        return value.length() > 20 ? value.substring(0, 20) + "..." : value;
    }
}
