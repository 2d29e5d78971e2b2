package dev.connector.rates;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A restriction of a service (closed to arrival, minimum stay, ...), the API shape and stored document. */
public record Restriction(
        UUID id,
        UUID serviceId,
        String externalIdentifier,
        String origin,
        Conditions conditions,
        Exceptions exceptions) {

    /** What a reservation must match for the restriction to apply. */
    public record Conditions(String type, UUID exactRateId, UUID baseRateId, UUID rateGroupId, UUID resourceCategoryId,
                             String resourceCategoryType, Instant startUtc, Instant endUtc, List<String> days,
                             Map<String, Boolean> hours) {
    }

    /** What exempts a reservation from the restriction. */
    public record Exceptions(String minAdvance, String maxAdvance, String minLength, String maxLength,
                             CurrencyValue minPrice, CurrencyValue maxPrice) {
    }

    /** An amount in a currency. */
    public record CurrencyValue(String currency, java.math.BigDecimal value) {
    }
}
