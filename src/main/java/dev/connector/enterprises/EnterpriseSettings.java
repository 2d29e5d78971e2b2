package dev.connector.enterprises;

import java.util.List;
import java.util.Map;

/**
 * What the API says about an enterprise beyond its stored row: accepted currencies, legal environments,
 * address details, groups, editable history and accounting settings. Kept as a JSON document per enterprise;
 * an enterprise without one gets {@link #defaultsFor}.
 *
 * @param acceptedCurrencyCodes             currencies accepted besides the enterprise's default one
 * @param accountingEditableHistoryInterval how far back accounting data may be edited (ISO 8601 duration)
 */
public record EnterpriseSettings(
        List<String> acceptedCurrencyCodes,
        String legalEnvironmentCode,
        String accommodationEnvironmentCode,
        String accountingEnvironmentCode,
        String addressLine2,
        String countrySubdivisionCode,
        Double latitude,
        Double longitude,
        String holdingKey,
        List<String> groupNames,
        String taxIdentifier,
        Integer taxPrecision,
        String accountingEditableHistoryInterval,
        String operationalEditableHistoryInterval,
        boolean identityDocumentNumberRequired,
        AccountingConfiguration accounting) {

    /** Currencies every enterprise accepts unless configured otherwise (the demo hotels take all three). */
    public static final List<String> DEFAULT_ACCEPTED_CURRENCIES = List.of("GBP", "EUR", "USD");

    public EnterpriseSettings {
        acceptedCurrencyCodes = acceptedCurrencyCodes == null ? List.of() : List.copyOf(acceptedCurrencyCodes);
        groupNames = groupNames == null ? List.of() : List.copyOf(groupNames);
    }

    /** Settings derived from the enterprise alone: its country names the environments. */
    public static EnterpriseSettings defaultsFor(Enterprise enterprise) {
        String environment = legalEnvironmentOf(enterprise.countryCode());
        return new EnterpriseSettings(DEFAULT_ACCEPTED_CURRENCIES, environment, environment, environment, null, null,
                null, null, null, List.of(), null, null, "P0M7DT0H0M0S", "P0M7DT0H0M0S", false,
                new AccountingConfiguration(null, enterprise.name(), null, null, null, null,
                        new AccountingConfiguration.SurchargeConfiguration(Map.of(), null, null),
                        List.of("Cash", "CreditCard", "Invoice", "WireTransfer")));
    }

    /** The legal environment of a country: its ISO code, except that the United Kingdom is known as UK. */
    static String legalEnvironmentOf(String countryCode) {
        return "GB".equals(countryCode) ? "UK" : countryCode;
    }
}
