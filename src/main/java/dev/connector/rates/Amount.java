package dev.connector.rates;

import dev.connector.enterprises.PricingMode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A price with its tax split, the API's Amount / ExtendedAmount shape. Built from a price as the enterprise
 * states it: gross for {@link PricingMode#Gross} enterprises, net for {@link PricingMode#Net} ones.
 */
public record Amount(String currency, BigDecimal netValue, BigDecimal grossValue, List<TaxValue> taxValues,
                     Breakdown breakdown) {

    /** One tax applied. */
    public record TaxValue(String code, BigDecimal value) {
    }

    /** The amounts per tax rate. */
    public record Breakdown(List<BreakdownItem> items) {
    }

    /** The net value a tax was calculated from, and the tax. */
    public record BreakdownItem(String taxRateCode, BigDecimal netValue, BigDecimal taxValue) {
    }

    public static Amount of(BigDecimal price, String currency, PricingMode pricing, TaxRate tax) {
        BigDecimal net;
        BigDecimal gross;
        BigDecimal factor = BigDecimal.ONE.add(tax.rate());
        switch (pricing) {
            case Gross -> {
                gross = money(price);
                net = money(price.divide(factor, 8, RoundingMode.HALF_UP));
            }
            case Net -> {
                net = money(price);
                gross = money(price.multiply(factor));
            }
            default -> throw new IllegalStateException("Unknown pricing mode " + pricing);
        }
        BigDecimal taxValue = gross.subtract(net);
        return new Amount(currency, net, gross, List.of(new TaxValue(tax.code(), taxValue)),
                new Breakdown(List.of(new BreakdownItem(tax.code(), net, taxValue))));
    }

    static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
