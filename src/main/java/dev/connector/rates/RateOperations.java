package dev.connector.rates;

import com.fasterxml.jackson.databind.util.RawValue;
import dev.connector.api.ActivityState;
import dev.connector.api.Caller;
import dev.connector.api.Forbidden;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Limitation;
import dev.connector.api.Require;
import dev.connector.api.TimeInterval;
import dev.connector.enterprises.Enterprise;
import dev.connector.enterprises.EnterpriseStore;
import dev.connector.events.DomainEvent;
import dev.connector.events.Transactions;
import dev.connector.events.Tx;
import dev.connector.services.Catalogue;
import dev.connector.services.RequestChecks;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/** rates/getAll, rates/getPricing and rates/updatePrice; a price update emits PriceUpdated. */
public final class RateOperations {

    /** rates/getPricing covers at most this many days between the first and the last time unit. */
    static final int MAX_PRICING_DAYS = 367;
    /** rates/updatePrice changes at most this many nights per update. */
    static final int MAX_UPDATE_NIGHTS = 100;
    /** Prices can be set up to five years ahead. */
    static final int MAX_FUTURE_YEARS = 5;

    public record Extent(Boolean rates, Boolean rateGroups, Boolean availabilityBlockAssignments) {
    }

    public record GetAllRates(List<UUID> enterpriseIds, Extent extent, List<UUID> rateIds, TimeInterval updatedUtc,
                              List<UUID> serviceIds, List<String> externalIdentifiers,
                              List<ActivityState> activityStates, Limitation limitation) {
        public GetAllRates {
            Limitation.required(limitation);
            RequestChecks.optionalList(enterpriseIds, "EnterpriseIds");
            RequestChecks.optionalList(rateIds, "RateIds");
            RequestChecks.requiredList(serviceIds, "ServiceIds");
            Require.atMost(externalIdentifiers, 1000, "ExternalIdentifiers");
            TimeInterval.validate(updatedUtc, "UpdatedUtc", TimeInterval.THREE_MONTHS);
        }
    }

    /** The deprecated restrictions part of rates/getAll: always empty, restrictions/getAll has them. */
    public record RateRestrictions(List<Object> dateRestrictions, List<Object> earlinessRestrictions,
                                   List<Object> lengthRestrictions) {
        static final RateRestrictions NONE = new RateRestrictions(List.of(), List.of(), List.of());
    }

    public record RateResult(List<RawValue> rates, List<RateStore.RateGroup> rateGroups, RateRestrictions rateRestrictions,
                             UUID cursor) {
    }

    public record GetPricing(UUID rateId, UUID productId, Instant firstTimeUnitStartUtc, Instant lastTimeUnitStartUtc) {
        public GetPricing {
            Require.present(rateId, "RateId");
            Require.present(firstTimeUnitStartUtc, "FirstTimeUnitStartUtc");
            Require.present(lastTimeUnitStartUtc, "LastTimeUnitStartUtc");
            if (lastTimeUnitStartUtc.isBefore(firstTimeUnitStartUtc)) {
                throw new InvalidRequest("LastTimeUnitStartUtc must not be before FirstTimeUnitStartUtc.");
            }
        }
    }

    public record CategoryPricing(UUID categoryId, List<BigDecimal> prices, List<Amount> amountPrices) {
    }

    public record CategoryAdjustment(UUID categoryId, UUID parentCategoryId, BigDecimal absoluteValue,
                                     BigDecimal relativeValue) {
    }

    public record PricingResult(String currency, List<Instant> datesUtc, List<Instant> timeUnitStartsUtc,
                                List<BigDecimal> basePrices, List<Amount> baseAmountPrices,
                                List<CategoryPricing> categoryPrices, List<CategoryAdjustment> categoryAdjustments,
                                List<Object> ageCategoryAdjustments, BigDecimal relativeAdjustment,
                                BigDecimal absoluteAdjustment, BigDecimal emptyUnitAdjustment,
                                BigDecimal extraUnitAdjustment) {
    }

    public record UpdatePrice(String rateId, UUID productId, List<PriceUpdate> priceUpdates) {
        public UpdatePrice {
            Require.text(rateId, "RateId");
            RequestChecks.requiredList(priceUpdates, "PriceUpdates");
            for (int i = 0; i < priceUpdates.size(); i++) {
                String field = "PriceUpdates[" + i + "]";
                PriceUpdate update = Require.present(priceUpdates.get(i), field);
                Require.present(update.firstTimeUnitStartUtc(), field + ".FirstTimeUnitStartUtc");
                Require.present(update.lastTimeUnitStartUtc(), field + ".LastTimeUnitStartUtc");
                if (update.lastTimeUnitStartUtc().isBefore(update.firstTimeUnitStartUtc())) {
                    throw new InvalidRequest(field + ".LastTimeUnitStartUtc must not be before " + field
                            + ".FirstTimeUnitStartUtc.");
                }
                if (update.value() != null && update.value().signum() < 0) {
                    throw new InvalidRequest(field + ".Value must not be negative.");
                }
            }
        }

        UUID rateUuid() {
            try {
                return UUID.fromString(rateId);
            } catch (IllegalArgumentException e) {
                throw new InvalidRequest("RateId is not a valid identifier.");
            }
        }
    }

    /** A new price for the nights of an interval; no category means all categories, no value restores defaults. */
    public record PriceUpdate(UUID categoryId, BigDecimal value, Instant firstTimeUnitStartUtc,
                              Instant lastTimeUnitStartUtc) {
    }

    private final Transactions transactions;
    private final RateStore store;
    private final EnterpriseStore enterprises;
    private final Catalogue catalogue;
    private final RatePricing pricing;
    private final Supplier<UUID> ids;

    public RateOperations(Transactions transactions, RateStore store, EnterpriseStore enterprises, Catalogue catalogue,
                    RatePricing pricing, Supplier<UUID> ids) {
        this.transactions = transactions;
        this.store = store;
        this.enterprises = enterprises;
        this.catalogue = catalogue;
        this.pricing = pricing;
        this.ids = ids;
    }


    RateResult getAll(GetAllRates request, Caller caller) {
        List<UUID> enterpriseIds = caller.enterprises(request.enterpriseIds());
        Extent extent = request.extent();
        boolean wantRates = extent == null || extent.rates() == null || extent.rates();
        boolean wantGroups = extent == null || extent.rateGroups() == null || extent.rateGroups();
        Filter filter = Filter.where()
                .in("r.enterprise_id", enterpriseIds)
                .in("r.service_id", request.serviceIds())
                .in("r.id", request.rateIds())
                .within("r.updated_utc", request.updatedUtc())
                .in("r.external_identifier", request.externalIdentifiers())
                .eq("r.is_active", RequestChecks.isActive(request.activityStates(), null));
        return transactions.read(handle -> {
            Page<RawValue> page = store.rateDocuments(handle, filter, request.limitation());
            List<RateStore.RateGroup> groups = wantGroups
                    ? store.groups(handle, Filter.where().in("enterprise_id", enterpriseIds)
                            .in("service_id", request.serviceIds()))
                    : List.of();
            return new RateResult(wantRates ? page.items() : List.of(), groups, RateRestrictions.NONE, page.cursor());
        });
    }

    PricingResult getPricing(GetPricing request, Caller caller) {
        return transactions.read(handle -> {
            RateStore.StoredRate stored = rateInScope(handle, request.rateId(), caller);
            Enterprise enterprise = enterprise(handle, stored.enterpriseId());
            ZoneId zone = ZoneId.of(enterprise.timeZoneIdentifier());
            LocalDate first = timeUnitStart(request.firstTimeUnitStartUtc(), zone, "FirstTimeUnitStartUtc");
            LocalDate last = timeUnitStart(request.lastTimeUnitStartUtc(), zone, "LastTimeUnitStartUtc");
            if (ChronoUnit.DAYS.between(first, last) > MAX_PRICING_DAYS) {
                throw new InvalidRequest("The interval must not be longer than " + MAX_PRICING_DAYS + " days.");
            }
            TaxRate tax = TaxRate.of(enterprise);
            List<Instant> starts = new ArrayList<>();
            for (LocalDate night = first; !night.isAfter(last); night = night.plusDays(1)) {
                starts.add(night.atStartOfDay(zone).toInstant());
            }
            List<CategoryPricing> categoryPrices = new ArrayList<>();
            List<CategoryAdjustment> adjustments = new ArrayList<>();
            for (UUID categoryId : catalogue.categoryIds(handle, stored.rate().serviceId())) {
                List<BigDecimal> prices = pricing.nightly(handle, stored.rate().id(), categoryId, first, last).stream()
                        .map(RatePricing.NightPrice::amount).toList();
                List<Amount> amounts = prices.stream()
                        .map(price -> Amount.of(price, enterprise.currencyCode(), enterprise.pricing(), tax)).toList();
                categoryPrices.add(new CategoryPricing(categoryId, prices, amounts));
                adjustments.add(new CategoryAdjustment(categoryId, null, BigDecimal.ZERO, BigDecimal.ZERO));
            }
            List<BigDecimal> basePrices = categoryPrices.isEmpty() ? List.of() : categoryPrices.get(0).prices();
            List<Amount> baseAmounts = categoryPrices.isEmpty() ? List.of() : categoryPrices.get(0).amountPrices();
            UUID pricedRateId = stored.rate().baseRateId() == null ? stored.rate().id() : stored.rate().baseRateId();
            RateStore.Occupancy occupancy = store.occupancy(handle, pricedRateId);
            return new PricingResult(enterprise.currencyCode(), starts, starts, basePrices, baseAmounts, categoryPrices,
                    adjustments, List.of(), stored.relativeAdjustment(), stored.absoluteAdjustment(),
                    occupancy.negativeAdjustment(), occupancy.extraAdjustment());
        });
    }

    Object updatePrice(UpdatePrice request, Caller caller) {
        UUID rateId = request.rateUuid();
        transactions.write(tx -> {
            RateStore.StoredRate stored = rateInScope(tx.handle(), rateId, caller);
            if (stored.rate().baseRateId() != null) {
                throw new Forbidden("The prices of " + stored.rate().name() + " follow its base rate; update the base rate"
                        + " instead.");
            }
            Enterprise enterprise = enterprise(tx.handle(), stored.enterpriseId());
            ZoneId zone = ZoneId.of(enterprise.timeZoneIdentifier());
            LocalDate today = LocalDate.ofInstant(tx.now(), zone);
            List<UUID> categories = catalogue.categoryIds(tx.handle(), stored.rate().serviceId());
            for (int i = 0; i < request.priceUpdates().size(); i++) {
                apply(tx, stored, request.priceUpdates().get(i), "PriceUpdates[" + i + "]", zone, today, categories);
            }
            store.touch(tx.handle(), stored, tx.now());
            return null;
        });
        return null;
    }

    private void apply(Tx tx, RateStore.StoredRate stored, PriceUpdate update, String field, ZoneId zone,
                       LocalDate today, List<UUID> categories) {
        LocalDate first = LocalDate.ofInstant(update.firstTimeUnitStartUtc(), zone);
        LocalDate last = LocalDate.ofInstant(update.lastTimeUnitStartUtc(), zone);
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_UPDATE_NIGHTS) {
            throw new InvalidRequest(field + " must not cover more than " + MAX_UPDATE_NIGHTS + " nights.");
        }
        if (first.isBefore(today)) {
            throw new Forbidden("Prices of past nights cannot be changed (" + field + " starts on " + first + ").");
        }
        if (last.isAfter(today.plusYears(MAX_FUTURE_YEARS))) {
            throw new Forbidden("Prices can be set at most " + MAX_FUTURE_YEARS + " years ahead (" + field + " ends on "
                    + last + ").");
        }
        if (update.categoryId() != null && !categories.contains(update.categoryId())) {
            throw new Forbidden("The resource category " + update.categoryId() + " is not one of the rate's service.");
        }
        UUID rateId = stored.rate().id();
        if (update.value() == null) {
            for (UUID categoryId : update.categoryId() == null ? categories : List.of(update.categoryId())) {
                store.restoreDefaults(tx.handle(), rateId, categoryId, first, last, tx.now());
            }
        } else if (update.categoryId() != null) {
            store.setPrices(tx.handle(), rateId, update.categoryId(), sameEveryNight(first, last, update.value()), tx.now());
        } else {
            setBasePrice(tx, rateId, categories, first, last, update.value());
        }
        tx.emit(new DomainEvent.PriceUpdated(stored.enterpriseId(), ids.get(), first.atStartOfDay(zone).toInstant(),
                last.atStartOfDay(zone).toInstant(), rateId, update.categoryId()));
    }

    /**
     * A new base price: the first category gets it, and every other category keeps its difference to the first
     * on each night (never going below zero).
     */
    private void setBasePrice(Tx tx, UUID rateId, List<UUID> categories, LocalDate first, LocalDate last,
                              BigDecimal value) {
        if (categories.isEmpty()) {
            return;
        }
        Map<LocalDate, BigDecimal> basePrices = store.prices(tx.handle(), rateId, categories.get(0), first, last);
        for (UUID categoryId : categories) {
            Map<LocalDate, BigDecimal> current = store.prices(tx.handle(), rateId, categoryId, first, last);
            Map<LocalDate, BigDecimal> updated = new HashMap<>();
            for (LocalDate night = first; !night.isAfter(last); night = night.plusDays(1)) {
                BigDecimal difference = current.containsKey(night) && basePrices.containsKey(night)
                        ? current.get(night).subtract(basePrices.get(night)) : BigDecimal.ZERO;
                updated.put(night, value.add(difference).max(BigDecimal.ZERO));
            }
            store.setPrices(tx.handle(), rateId, categoryId, updated, tx.now());
        }
    }

    private static Map<LocalDate, BigDecimal> sameEveryNight(LocalDate first, LocalDate last, BigDecimal value) {
        Map<LocalDate, BigDecimal> prices = new HashMap<>();
        for (LocalDate night = first; !night.isAfter(last); night = night.plusDays(1)) {
            prices.put(night, value);
        }
        return prices;
    }

    private RateStore.StoredRate rateInScope(Handle handle, UUID rateId, Caller caller) {
        return store.find(handle, rateId)
                .filter(rate -> caller.enterpriseIds().contains(rate.enterpriseId()))
                .orElseThrow(() -> new Forbidden("The rate " + rateId + " was not found."));
    }

    private Enterprise enterprise(Handle handle, UUID enterpriseId) {
        return enterprises.find(handle, enterpriseId)
                .orElseThrow(() -> new IllegalStateException("Rate of a missing enterprise " + enterpriseId));
    }

    /** The local date whose midnight the instant is; anything else is refused, as the reference requires. */
    private static LocalDate timeUnitStart(Instant instant, ZoneId zone, String field) {
        var local = instant.atZone(zone);
        if (!local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            Instant expected = local.toLocalDate().atStartOfDay(zone).toInstant();
            throw new InvalidRequest(field + " must be the start of a day in the enterprise's time zone ("
                    + zone + "), such as " + expected + ".");
        }
        return local.toLocalDate();
    }
}
