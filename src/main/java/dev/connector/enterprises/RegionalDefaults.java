package dev.connector.enterprises;

import java.util.Map;

/** What a new enterprise gets from its country when the operator does not say: tax environment and language. */
final class RegionalDefaults {

    // The tax environments the demo hotels use; for other countries the country code names its environment.
    private static final Map<String, String> TAX_ENVIRONMENTS = Map.of("GB", "UK-2022", "US", "US-DC");

    // The main language of countries where it is not simply English; elsewhere English as used in that country.
    private static final Map<String, String> LANGUAGES = Map.ofEntries(
            Map.entry("AT", "de-AT"), Map.entry("BE", "nl-BE"), Map.entry("BR", "pt-BR"), Map.entry("CH", "de-CH"),
            Map.entry("CZ", "cs-CZ"), Map.entry("DE", "de-DE"), Map.entry("DK", "da-DK"), Map.entry("ES", "es-ES"),
            Map.entry("FI", "fi-FI"), Map.entry("FR", "fr-FR"), Map.entry("HU", "hu-HU"), Map.entry("IT", "it-IT"),
            Map.entry("JP", "ja-JP"), Map.entry("MX", "es-MX"), Map.entry("NL", "nl-NL"), Map.entry("NO", "nb-NO"),
            Map.entry("PL", "pl-PL"), Map.entry("PT", "pt-PT"), Map.entry("SE", "sv-SE"), Map.entry("SK", "sk-SK"));

    private RegionalDefaults() {
    }

    static String taxEnvironmentCode(String countryCode) {
        return TAX_ENVIRONMENTS.getOrDefault(countryCode, countryCode);
    }

    static String languageCode(String countryCode) {
        return LANGUAGES.getOrDefault(countryCode, "en-" + countryCode);
    }
}
