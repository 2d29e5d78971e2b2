package dev.connector.rates;

import dev.connector.enterprises.Enterprise;
import java.math.BigDecimal;

/** The tax rate that applies to accommodation and to the demo products of an enterprise's tax environment. */
public record TaxRate(String code, BigDecimal rate) {

    /** The standard rate of the enterprise's tax environment; environments we do not know are untaxed. */
    public static TaxRate of(Enterprise enterprise) {
        return switch (enterprise.taxEnvironmentCode()) {
            case "UK-2022" -> new TaxRate("UK-2022-S", new BigDecimal("0.20"));
            case "US-DC" -> new TaxRate("US-DC-S", new BigDecimal("0.1495"));
            default -> new TaxRate(null, BigDecimal.ZERO);
        };
    }
}
