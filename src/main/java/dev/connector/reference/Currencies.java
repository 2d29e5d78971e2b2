package dev.connector.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The ISO 4217 currencies in current use: those the JDK lists as the currency of some country today, with
 * their number of decimal places. Withdrawn currencies (e.g. DEM) and units without decimals defined (gold,
 * special drawing rights) are left out. Immutable and thread-safe.
 */
public final class Currencies {

    private final CurrencyResult all;
    private final Map<String, Integer> precisionByCode;

    private Currencies(CurrencyResult all) {
        this.all = all;
        Map<String, Integer> precision = new LinkedHashMap<>();
        all.currencies().forEach(currency -> precision.put(currency.code(), currency.precision()));
        this.precisionByCode = Map.copyOf(precision);
    }

    public static Currencies load() {
        Set<String> inUse = new HashSet<>();
        for (String country : Locale.getISOCountries()) {
            try {
                java.util.Currency currency = java.util.Currency.getInstance(Locale.of("", country));
                if (currency != null) {
                    inUse.add(currency.getCurrencyCode());
                }
            } catch (IllegalArgumentException e) {
                // A region without a currency of its own (e.g. Antarctica): nothing to add.
            }
        }
        List<CurrencyResult.Currency> currencies = new ArrayList<>();
        for (java.util.Currency currency : java.util.Currency.getAvailableCurrencies()) {
            if (inUse.contains(currency.getCurrencyCode()) && currency.getDefaultFractionDigits() >= 0) {
                currencies.add(new CurrencyResult.Currency(currency.getCurrencyCode(), currency.getDefaultFractionDigits()));
            }
        }
        currencies.sort(Comparator.comparing(CurrencyResult.Currency::code));
        return new Currencies(new CurrencyResult(currencies));
    }

    public CurrencyResult all() {
        return all;
    }

    public boolean exists(String code) {
        return code != null && precisionByCode.containsKey(code);
    }

    /** Decimal places of the currency, e.g. 2 for GBP and 0 for JPY; empty for an unknown code. */
    public OptionalInt precision(String code) {
        Integer precision = code == null ? null : precisionByCode.get(code);
        return precision == null ? OptionalInt.empty() : OptionalInt.of(precision);
    }
}
