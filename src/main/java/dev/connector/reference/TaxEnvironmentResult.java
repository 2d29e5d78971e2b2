package dev.connector.reference;

import java.time.Instant;
import java.util.List;

/**
 * The answer of {@code taxEnvironments/getAll}. {@code Taxations} and {@code TaxRates} are deprecated there
 * (clients should call taxations/getAll) but still served for clients written against the older shape.
 */
public record TaxEnvironmentResult(
        List<TaxEnvironment> taxEnvironments,
        List<EnvironmentTaxation> taxations,
        List<TaxRate> taxRates) {

    public TaxEnvironmentResult {
        taxEnvironments = List.copyOf(taxEnvironments);
        taxations = List.copyOf(taxations);
        taxRates = List.copyOf(taxRates);
    }

    /** A set of taxations valid in a country (alpha-3 code) for an optional period. */
    public record TaxEnvironment(String code, String countryCode, Instant validityStartUtc, Instant validityEndUtc,
                                 List<String> taxationCodes) {
        public TaxEnvironment {
            taxationCodes = List.copyOf(taxationCodes);
        }
    }

    /** The older taxation shape that also names its environment. */
    public record EnvironmentTaxation(String code, String taxEnvironmentCode, String name, String localName) {
    }
}
