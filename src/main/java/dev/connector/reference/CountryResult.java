package dev.connector.reference;

import java.util.List;

/** The answer of {@code countries/getAll}. */
public record CountryResult(
        List<Country> countries,
        List<CountrySubdivision> countrySubdivisions,
        List<CountryRule> countryRules,
        List<CountryGroup> countryGroups) {

    public CountryResult {
        countries = List.copyOf(countries);
        countrySubdivisions = List.copyOf(countrySubdivisions);
        countryRules = List.copyOf(countryRules);
        countryGroups = List.copyOf(countryGroups);
    }

    /** An ISO 3166-1 country or territory; a dependent territory names its sovereign country. */
    public record Country(String code, String sovereignCountryCode, String englishName) {
    }

    /** An ISO 3166-2 subdivision such as {@code US-DC}. */
    public record CountrySubdivision(String code, String countryCode, String englishName) {
    }

    /** Which identity document expiry dates a country does without. */
    public record CountryRule(String countryCode, boolean identityCardExpirationDateNotRequired,
                              boolean driverLicenceExpirationDateNotRequired) {
    }

    /** A named group of countries such as the European Union. */
    public record CountryGroup(String code, String englishName, List<String> countryCodes) {
    }
}
