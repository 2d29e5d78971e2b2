package dev.connector.enterprises;

import dev.connector.api.InvalidRequest;
import dev.connector.api.Require;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What an operator gives to open a new enterprise, validated on construction with messages that name the
 * request's fields. Tax environment and language default from the country when absent.
 *
 * @param chainId   an existing chain to join; a new chain (named {@code chainName}, else the enterprise's name)
 *                  when null
 * @param countryCode ISO 3166-1 alpha-2
 */
public record NewEnterprise(
        String name,
        UUID chainId,
        String chainName,
        String currencyCode,
        String timeZoneIdentifier,
        PricingMode pricingMode,
        String countryCode,
        String taxEnvironmentCode,
        String languageCode,
        String externalIdentifier,
        String email,
        String phone,
        String websiteUrl,
        String addressLine1,
        String city,
        String postalCode) {

    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> TIME_ZONES = ZoneId.getAvailableZoneIds();
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}-[A-Z]{2}");

    public NewEnterprise {
        name = required(name, "Name");
        chainName = optional(chainName, "ChainName");
        currencyCode = Require.text(currencyCode, "CurrencyCode").strip();
        if (!CURRENCIES.contains(currencyCode)) {
            throw new InvalidRequest("CurrencyCode must be an ISO 4217 currency code in capitals, such as EUR; '"
                    + shorten(currencyCode) + "' is not one.");
        }
        timeZoneIdentifier = Require.text(timeZoneIdentifier, "TimeZoneIdentifier").strip();
        if (!TIME_ZONES.contains(timeZoneIdentifier)) {
            throw new InvalidRequest("TimeZoneIdentifier must be an IANA time zone, such as Europe/Prague; '"
                    + shorten(timeZoneIdentifier) + "' is not one.");
        }
        Require.present(pricingMode, "PricingMode");
        countryCode = Require.text(countryCode, "CountryCode").strip();
        if (!COUNTRIES.contains(countryCode)) {
            throw new InvalidRequest("CountryCode must be an ISO 3166-1 alpha-2 country code in capitals, such as CZ; '"
                    + shorten(countryCode) + "' is not one.");
        }
        taxEnvironmentCode = optional(taxEnvironmentCode, "TaxEnvironmentCode");
        if (taxEnvironmentCode == null) {
            taxEnvironmentCode = RegionalDefaults.taxEnvironmentCode(countryCode);
        }
        languageCode = optional(languageCode, "LanguageCode");
        if (languageCode == null) {
            languageCode = RegionalDefaults.languageCode(countryCode);
        } else if (!LANGUAGE.matcher(languageCode).matches()) {
            throw new InvalidRequest("LanguageCode must be a language and region such as en-US; '"
                    + shorten(languageCode) + "' is not one.");
        }
        externalIdentifier = optional(externalIdentifier, "ExternalIdentifier");
        email = optional(email, "Email");
        phone = optional(phone, "Phone");
        websiteUrl = optional(websiteUrl, "WebsiteUrl");
        addressLine1 = optional(addressLine1, "AddressLine1");
        city = optional(city, "City");
        postalCode = optional(postalCode, "PostalCode");
    }

    private static String required(String value, String field) {
        return Require.maxLength(Require.text(value, field).strip(), 255, field);
    }

    /** Blank counts as absent. */
    private static String optional(String value, String field) {
        return value == null || value.isBlank() ? null : Require.maxLength(value.strip(), 255, field);
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "..." : value;
    }
}
