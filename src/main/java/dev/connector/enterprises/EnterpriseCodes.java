package dev.connector.enterprises;

import dev.connector.api.InvalidRequest;
import dev.connector.reference.ReferenceData;
import dev.connector.reference.TaxEnvironmentResult.TaxEnvironment;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a new enterprise's codes against the API's own reference data (so that what {@code currencies/getAll},
 * {@code countries/getAll}, {@code languages/getAll} and {@code taxEnvironments/getAll} list is what an
 * enterprise can have), and picks the language and tax environment from the country when they are not given.
 */
final class EnterpriseCodes {

    // The main language of countries where it is not English; elsewhere English as used in that country, or
    // American English when the API does not speak that variant.
    private static final Map<String, String> LANGUAGES = Map.ofEntries(
            Map.entry("AT", "de-AT"), Map.entry("BE", "nl-BE"), Map.entry("BR", "pt-BR"), Map.entry("CH", "de-CH"),
            Map.entry("CZ", "cs-CZ"), Map.entry("DE", "de-DE"), Map.entry("DK", "da-DK"), Map.entry("ES", "es-ES"),
            Map.entry("FI", "fi-FI"), Map.entry("FR", "fr-FR"), Map.entry("HU", "hu-HU"), Map.entry("IT", "it-IT"),
            Map.entry("JP", "ja-JP"), Map.entry("MX", "es-MX"), Map.entry("NL", "nl-NL"), Map.entry("NO", "nb-NO"),
            Map.entry("PL", "pl-PL"), Map.entry("PT", "pt-PT"), Map.entry("SE", "sv-SE"), Map.entry("SK", "sk-SK"));
    private static final String FALLBACK_LANGUAGE = "en-US";

    private final ReferenceData reference;

    EnterpriseCodes(ReferenceData reference) {
        this.reference = reference;
    }

    void checkCurrency(String currencyCode) {
        if (!reference.currencies().exists(currencyCode)) {
            throw new InvalidRequest("CurrencyCode " + currencyCode + " is not a currency the API knows "
                    + "(see currencies/getAll).");
        }
    }

    void checkCountry(String countryCode) {
        if (!reference.countries().exists(countryCode)) {
            throw new InvalidRequest("CountryCode " + countryCode + " is not an ISO 3166-1 alpha-2 country code.");
        }
    }

    /** The given language if the API speaks it, else the country's. */
    String language(String requested, String countryCode) {
        if (requested != null) {
            if (!reference.languages().exists(requested)) {
                throw new InvalidRequest("LanguageCode " + requested + " is not a language the API speaks "
                        + "(see languages/getAll).");
            }
            return requested;
        }
        String usual = LANGUAGES.getOrDefault(countryCode, "en-" + countryCode);
        return reference.languages().exists(usual) ? usual : FALLBACK_LANGUAGE;
    }

    /**
     * The given tax environment if it is one of the country's, else the first of the country's environments
     * valid at {@code now} (e.g. UK-2022 for GB, US-DC for US); the country code when the catalogue has none.
     */
    String taxEnvironment(String requested, String countryCode, Instant now) {
        Optional<String> country = reference.countries().alpha3(countryCode);
        if (requested != null) {
            TaxEnvironment environment = reference.taxes().environment(requested).orElseThrow(() -> new InvalidRequest(
                    "TaxEnvironmentCode " + requested + " is not a tax environment (see taxEnvironments/getAll)."));
            if (!country.orElse("").equals(environment.countryCode())) {
                throw new InvalidRequest("TaxEnvironmentCode " + requested + " belongs to the country "
                        + environment.countryCode() + ", not to " + countryCode + ".");
            }
            return requested;
        }
        return reference.taxes().environments().taxEnvironments().stream()
                .filter(environment -> country.isPresent() && environment.countryCode().equals(country.get()))
                .filter(environment -> validAt(environment, now))
                .map(TaxEnvironment::code)
                .findFirst()
                .orElse(countryCode);
    }

    private static boolean validAt(TaxEnvironment environment, Instant now) {
        return (environment.validityStartUtc() == null || !environment.validityStartUtc().isAfter(now))
                && (environment.validityEndUtc() == null || environment.validityEndUtc().isAfter(now));
    }
}
