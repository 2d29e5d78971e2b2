package dev.connector.reservations;

import dev.connector.api.InvalidRequest;
import dev.connector.api.Require;
import java.math.BigDecimal;
import java.util.List;

/** A price a partner states for a night: currency, and the gross or net value (the other is derived). */
public record AmountParameters(String currency, List<String> taxCodes, BigDecimal netValue, BigDecimal grossValue) {

    public AmountParameters {
        Require.text(currency, "Currency");
        if (taxCodes == null) {
            throw new InvalidRequest("TaxCodes is required (it may be empty for an untaxed amount).");
        }
    }
}
