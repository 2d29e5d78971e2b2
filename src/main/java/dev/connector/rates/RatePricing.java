package dev.connector.rates;

import dev.connector.api.Forbidden;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The nightly prices of a rate for a resource category, for anyone who prices a stay. A base rate's prices are
 * stored per night; a dependent rate's are derived from its base rate's (relative, then absolute adjustment).
 * Amounts are as the enterprise states prices (gross or net, see its pricing mode). Stateless and
 * thread-safe: create one with {@code new RatePricing()}.
 */
public final class RatePricing {

    /** The price of one night, the night being the enterprise's local date on which it starts. */
    public record NightPrice(LocalDate night, BigDecimal amount) {
    }

    /** How a rate is priced: from its own nights (no base rate) or from its base rate's. */
    private record Derivation(UUID baseRateId, BigDecimal relativeAdjustment, BigDecimal absoluteAdjustment) {
    }

    /**
     * The price of every night from {@code firstNight} to {@code lastNight}, both included, in order. Fails with
     * {@link Forbidden} when the rate is unknown or a night has no price; checking that the rate and category
     * belong to the caller's enterprise is the caller's job.
     */
    public List<NightPrice> nightly(Handle handle, UUID rateId, UUID categoryId, LocalDate firstNight, LocalDate lastNight) {
        return nightly(handle, rateId, categoryId, firstNight, lastNight, null);
    }

    /**
     * As {@link #nightly(Handle, UUID, UUID, LocalDate, LocalDate)}, for {@code persons} guests (null: as many as
     * the category's capacity): the base rate's capacity offset is added per person under or over the capacity
     * before a dependent rate derives its price.
     */
    public List<NightPrice> nightly(Handle handle, UUID rateId, UUID categoryId, LocalDate firstNight, LocalDate lastNight,
                                    Integer persons) {
        if (lastNight.isBefore(firstNight)) {
            throw new IllegalArgumentException("lastNight " + lastNight + " is before firstNight " + firstNight);
        }
        Derivation rate = handle.createQuery(
                        "SELECT base_rate_id, relative_adjustment, absolute_adjustment FROM rates WHERE id = :id")
                .bind("id", rateId.toString())
                .map((rs, ctx) -> new Derivation(
                        rs.getString("base_rate_id") == null ? null : UUID.fromString(rs.getString("base_rate_id")),
                        rs.getBigDecimal("relative_adjustment"),
                        rs.getBigDecimal("absolute_adjustment")))
                .findOne()
                .orElseThrow(() -> new Forbidden("The rate " + rateId + " does not exist."));
        UUID pricedRateId = rate.baseRateId() == null ? rateId : rate.baseRateId();
        BigDecimal offset = persons == null ? BigDecimal.ZERO : occupancyOffset(handle, pricedRateId, categoryId, persons);
        Map<LocalDate, BigDecimal> prices = new HashMap<>();
        handle.createQuery("""
                        SELECT night, amount FROM rate_prices
                        WHERE rate_id = :rateId AND category_id = :categoryId AND night >= :first AND night <= :last""")
                .bind("rateId", pricedRateId.toString())
                .bind("categoryId", categoryId.toString())
                .bind("first", firstNight.toString())
                .bind("last", lastNight.toString())
                .map((rs, ctx) -> Map.entry(LocalDate.parse(rs.getString("night")), rs.getBigDecimal("amount")))
                .forEach(entry -> prices.put(entry.getKey(), entry.getValue()));
        List<NightPrice> nights = new ArrayList<>();
        for (LocalDate night = firstNight; !night.isAfter(lastNight); night = night.plusDays(1)) {
            BigDecimal base = prices.get(night);
            if (base == null) {
                throw new Forbidden("The rate has no price for the night of " + night + ".");
            }
            BigDecimal occupied = base.add(offset).max(BigDecimal.ZERO);
            nights.add(new NightPrice(night, derive(occupied, rate.baseRateId() != null, rate.relativeAdjustment(),
                    rate.absoluteAdjustment())));
        }
        return nights;
    }

    /** What the base rate adds for {@code persons} guests in a category of its capacity (negative for fewer). */
    private static BigDecimal occupancyOffset(Handle handle, UUID baseRateId, UUID categoryId, int persons) {
        Integer capacity = handle.createQuery("SELECT capacity FROM resource_categories WHERE id = :id")
                .bind("id", categoryId.toString())
                .mapTo(Integer.class)
                .findOne()
                .orElse(null);
        if (capacity == null || persons == capacity) {
            return BigDecimal.ZERO;
        }
        return handle.createQuery("SELECT negative_occupancy_adjustment, extra_occupancy_adjustment FROM rates"
                        + " WHERE id = :id")
                .bind("id", baseRateId.toString())
                .map((rs, ctx) -> persons < capacity
                        ? rs.getBigDecimal(1).multiply(BigDecimal.valueOf(capacity - persons))
                        : rs.getBigDecimal(2).multiply(BigDecimal.valueOf(persons - capacity)))
                .findOne()
                .orElse(BigDecimal.ZERO);
    }

    /** A rate's price from its base rate's price (a base rate's own price is returned as it is). */
    static BigDecimal derive(BigDecimal basePrice, boolean dependent, BigDecimal relativeAdjustment,
                             BigDecimal absoluteAdjustment) {
        if (!dependent) {
            return basePrice.setScale(2, RoundingMode.HALF_UP);
        }
        return basePrice.multiply(BigDecimal.ONE.add(relativeAdjustment)).add(absoluteAdjustment)
                .setScale(2, RoundingMode.HALF_UP);
    }
}
