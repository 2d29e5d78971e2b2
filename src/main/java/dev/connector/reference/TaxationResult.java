package dev.connector.reference;

import java.util.List;

/** The answer of {@code taxations/getAll}: every taxation and every rate of every tax environment. */
public record TaxationResult(List<Taxation> taxations, List<TaxRate> taxRates) {

    public TaxationResult {
        taxations = List.copyOf(taxations);
        taxRates = List.copyOf(taxRates);
    }

    /** A kind of tax within a tax environment, such as VAT or a city tax. */
    public record Taxation(String code, String name, String localName) {
    }
}
