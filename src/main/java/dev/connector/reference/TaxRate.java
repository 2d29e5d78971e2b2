package dev.connector.reference;

import dev.connector.api.TimeInterval;
import java.math.BigDecimal;
import java.util.List;

/**
 * One tax rate of a taxation, by the code that order items and products carry (e.g. {@code UK-2022-S}).
 * {@code validityInvervalsUtc} keeps the API's spelling; null when the rate has no time limit.
 */
public record TaxRate(
        String code,
        String taxationCode,
        BigDecimal value,
        List<TimeInterval> validityInvervalsUtc,
        TaxRateStrategy strategy) {
}
