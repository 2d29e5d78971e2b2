package dev.connector.reference;

import java.util.List;

/** The answer of {@code currencies/getAll}. */
public record CurrencyResult(List<Currency> currencies) {

    public CurrencyResult {
        currencies = List.copyOf(currencies);
    }

    /** An ISO 4217 currency and how many decimal places its amounts have. */
    public record Currency(String code, int precision) {
    }
}
