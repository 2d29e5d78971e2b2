package dev.connector.reservations;

import java.math.BigDecimal;
import java.util.List;

/** A price a partner states for a night: currency, and the gross or net value (the other is derived). */
public record AmountParameters(String currency, List<String> taxCodes, BigDecimal netValue, BigDecimal grossValue) {
}
