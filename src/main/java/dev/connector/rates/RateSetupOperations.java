package dev.connector.rates;

import dev.connector.api.Caller;
import dev.connector.api.Forbidden;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Require;
import dev.connector.api.UpdateValue;
import dev.connector.enterprises.Enterprise;
import dev.connector.enterprises.EnterpriseStore;
import dev.connector.enterprises.PricingMode;
import dev.connector.events.DomainEvent;
import dev.connector.events.Transactions;
import dev.connector.events.Tx;
import dev.connector.services.Catalogue;
import dev.connector.services.RequestChecks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/**
 * rates/add, rates/set (restricted), rates/delete and rates/updateCapacityOffset. Every price a change produces is
 * announced with a PriceUpdated event (the WebSocket PriceUpdate), and is what rates/getPricing and
 * reservations/price then return.
 */
public final class RateSetupOperations {

    /** A new base rate is priced from this many nights ago ... */
    static final int PAST_NIGHTS = 30;
    /** ... to this many nights ahead. */
    static final int FUTURE_NIGHTS = 400;
    /** The reference's default price of a base rate added without one. */
    static final BigDecimal DEFAULT_PRICE = new BigDecimal("10000");

    public enum RateAddType {
        Public,
        Private
    }

    public enum PricingType {
        BaseRatePricing,
        DependentRatePricing
    }

    public record AmountParameters(String currency, List<String> taxCodes, BigDecimal netValue, BigDecimal grossValue) {
    }

    public record BasePricing(AmountParameters amount, BigDecimal negativeOccupancyAdjustment,
                              BigDecimal extraOccupancyAdjustment) {
    }

    public record DependentPricing(String baseRateId, BigDecimal relativeAdjustment, BigDecimal absoluteAdjustment) {
    }

    public record Pricing(BasePricing baseRatePricing, DependentPricing dependentRatePricing) {
    }

    public record RateAddData(String serviceId, String rateGroupId, Boolean isEnabled, RateAddType type,
                              UUID accountingCategoryId, UUID businessSegmentId, Map<String, String> names,
                              Map<String, String> shortNames, Map<String, String> externalNames,
                              Map<String, String> descriptions, PricingType pricingType, String externalIdentifier,
                              Pricing pricing) {
    }

    public record AddRates(UUID enterpriseId, List<RateAddData> rates) {
        public AddRates {
            RequestChecks.requiredList(rates, "Rates");
            Require.atMost(rates, 1000, "Rates");
            for (int i = 0; i < rates.size(); i++) {
                String field = "Rates[" + i + "]";
                RateAddData rate = Require.present(rates.get(i), field);
                Require.text(rate.serviceId(), field + ".ServiceId");
                Require.text(rate.rateGroupId(), field + ".RateGroupId");
                checkCommon(field, rate.names(), rate.pricingType(), rate.pricing(), rate.externalIdentifier());
            }
        }
    }

    public record RateSetData(UUID id, String externalIdentifier, String serviceId, String rateGroupId,
                              Boolean isEnabled, RateAddType type, Map<String, String> names,
                              Map<String, String> descriptions, PricingType pricingType, Pricing pricing) {
    }

    public record SetRates(UUID enterpriseId, List<RateSetData> rates) {
        public SetRates {
            RequestChecks.requiredList(rates, "Rates");
            Require.atMost(rates, 100, "Rates");
            for (int i = 0; i < rates.size(); i++) {
                String field = "Rates[" + i + "]";
                RateSetData rate = Require.present(rates.get(i), field);
                Require.text(rate.serviceId(), field + ".ServiceId");
                Require.present(rate.type(), field + ".Type");
                checkCommon(field, rate.names(), rate.pricingType(), rate.pricing(), rate.externalIdentifier());
            }
        }
    }

    public record RatesResult(List<Rate> rates) {
    }

    public record DeleteRates(UUID enterpriseId, List<String> rateIds) {
        public DeleteRates {
            RequestChecks.requiredList(rateIds, "RateIds");
            Require.atMost(rateIds, 10, "RateIds");
        }
    }

    public record CapacityOffsetUpdate(UUID rateId, UpdateValue<BigDecimal> negativeOccupancyAdjustment,
                                       UpdateValue<BigDecimal> extraOccupancyAdjustment) {
    }

    public record UpdateCapacityOffsets(UUID enterpriseId, List<CapacityOffsetUpdate> capacityOffsetUpdates) {
        public UpdateCapacityOffsets {
            RequestChecks.requiredList(capacityOffsetUpdates, "CapacityOffsetUpdates");
            Require.atMost(capacityOffsetUpdates, 50, "CapacityOffsetUpdates");
            for (int i = 0; i < capacityOffsetUpdates.size(); i++) {
                CapacityOffsetUpdate update = Require.present(capacityOffsetUpdates.get(i),
                        "CapacityOffsetUpdates[" + i + "]");
                Require.present(update.rateId(), "CapacityOffsetUpdates[" + i + "].RateId");
            }
        }
    }

    private final Transactions transactions;
    private final RateStore store;
    private final EnterpriseStore enterprises;
    private final Catalogue catalogue;
    private final Supplier<UUID> ids;

    public RateSetupOperations(Transactions transactions, RateStore store, EnterpriseStore enterprises,
                               Catalogue catalogue, Supplier<UUID> ids) {
        this.transactions = transactions;
        this.store = store;
        this.enterprises = enterprises;
        this.catalogue = catalogue;
        this.ids = ids;
    }

    RatesResult add(AddRates request, Caller caller) {
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        return transactions.write(tx -> {
            Enterprise enterprise = enterprise(tx.handle(), enterpriseId);
            List<Rate> added = new ArrayList<>();
            for (int i = 0; i < request.rates().size(); i++) {
                RateAddData data = request.rates().get(i);
                String field = "Rates[" + i + "]";
                UUID serviceId = serviceOf(tx.handle(), enterpriseId, data.serviceId(), field + ".ServiceId");
                UUID groupId = groupOf(tx.handle(), serviceId, data.rateGroupId(), field + ".RateGroupId");
                added.add(create(tx, enterprise, serviceId, groupId, new Shape(data.isEnabled(), data.type(),
                        data.businessSegmentId(), data.names(), data.shortNames(), data.externalNames(),
                        data.descriptions(), data.externalIdentifier()), data.pricingType(), data.pricing(), field));
            }
            return new RatesResult(added);
        });
    }

    RatesResult set(SetRates request, Caller caller) {
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        return transactions.write(tx -> {
            Enterprise enterprise = enterprise(tx.handle(), enterpriseId);
            List<Rate> result = new ArrayList<>();
            for (int i = 0; i < request.rates().size(); i++) {
                RateSetData data = request.rates().get(i);
                String field = "Rates[" + i + "]";
                UUID serviceId = serviceOf(tx.handle(), enterpriseId, data.serviceId(), field + ".ServiceId");
                RateStore.StoredRate existing = null;
                if (data.id() != null) {
                    existing = store.find(tx.handle(), data.id())
                            .filter(rate -> rate.enterpriseId().equals(enterpriseId))
                            .orElseThrow(() -> new Forbidden("The rate " + data.id() + " was not found."));
                } else if (data.externalIdentifier() != null) {
                    existing = store.findByExternalIdentifier(tx.handle(), serviceId, data.externalIdentifier())
                            .orElse(null);
                }
                Shape shape = new Shape(data.isEnabled() == null ? Boolean.TRUE : data.isEnabled(),
                        data.type() == null ? RateAddType.Private : data.type(), null, data.names(), null, null,
                        data.descriptions(), data.externalIdentifier());
                if (existing == null) {
                    UUID groupId = data.rateGroupId() == null ? defaultGroup(tx.handle(), serviceId, field)
                            : groupOf(tx.handle(), serviceId, data.rateGroupId(), field + ".RateGroupId");
                    result.add(create(tx, enterprise, serviceId, groupId, shape, data.pricingType(), data.pricing(),
                            field));
                } else {
                    result.add(change(tx, enterprise, existing, data, field));
                }
            }
            return new RatesResult(result);
        });
    }

    Object delete(DeleteRates request, Caller caller) {
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        transactions.write(tx -> {
            for (int i = 0; i < request.rateIds().size(); i++) {
                UUID rateId = Require.identifier(request.rateIds().get(i), "RateIds[" + i + "]");
                RateStore.StoredRate stored = store.find(tx.handle(), rateId)
                        .filter(rate -> rate.enterpriseId().equals(enterpriseId) && rate.rate().isActive())
                        .orElseThrow(() -> new Forbidden("The rate " + rateId + " was not found."));
                List<UUID> dependents = store.activeDependents(tx.handle(), rateId);
                if (!dependents.isEmpty()) {
                    throw new Forbidden("The rate " + stored.rate().name() + " cannot be deleted while "
                            + dependents.size() + " other rate(s) derive their prices from it.");
                }
                Rate r = stored.rate();
                Rate deleted = new Rate(r.id(), r.groupId(), r.serviceId(), r.baseRateId(), r.isBaseRate(),
                        r.businessSegmentId(), false, false, r.isPublic(), r.isDefault(), r.type(), r.name(), r.names(),
                        r.shortName(), tx.now(), r.externalNames(), r.description(), r.externalIdentifier(),
                        r.taxExemptionReason(), r.taxExemptionLegalReference());
                store.update(tx.handle(), new RateStore.StoredRate(deleted, enterpriseId, stored.relativeAdjustment(),
                        stored.absoluteAdjustment()));
            }
            return null;
        });
        return null;
    }

    Object updateCapacityOffset(UpdateCapacityOffsets request, Caller caller) {
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        transactions.write(tx -> {
            for (int i = 0; i < request.capacityOffsetUpdates().size(); i++) {
                CapacityOffsetUpdate update = request.capacityOffsetUpdates().get(i);
                RateStore.StoredRate stored = store.find(tx.handle(), update.rateId())
                        .filter(rate -> rate.enterpriseId().equals(enterpriseId))
                        .orElseThrow(() -> new Forbidden("The rate " + update.rateId() + " was not found."));
                if (stored.rate().baseRateId() != null) {
                    throw new Forbidden("The prices of " + stored.rate().name() + " follow its base rate; change the"
                            + " capacity offset of the base rate instead.");
                }
                RateStore.Occupancy current = store.occupancy(tx.handle(), update.rateId());
                RateStore.Occupancy next = new RateStore.Occupancy(
                        offset(update.negativeOccupancyAdjustment(), current.negativeAdjustment()),
                        offset(update.extraOccupancyAdjustment(), current.extraAdjustment()));
                store.setOccupancy(tx.handle(), update.rateId(), next);
                store.touch(tx.handle(), stored, tx.now());
                announce(tx, stored.enterpriseId(), update.rateId(), null, null);
                for (UUID dependent : store.activeDependents(tx.handle(), update.rateId())) {
                    announce(tx, stored.enterpriseId(), dependent, null, null);
                }
            }
            return null;
        });
        return null;
    }

    /** What rates/add and rates/set say about a rate besides its pricing. */
    private record Shape(Boolean isEnabled, RateAddType type, UUID businessSegmentId, Map<String, String> names,
                         Map<String, String> shortNames, Map<String, String> externalNames,
                         Map<String, String> descriptions, String externalIdentifier) {
    }

    private Rate create(Tx tx, Enterprise enterprise, UUID serviceId, UUID groupId, Shape shape,
                        PricingType pricingType, Pricing pricing, String field) {
        UUID rateId = ids.get();
        boolean isDefault = store.countRates(tx.handle(), serviceId) == 0;
        UUID baseRateId = null;
        BigDecimal relative = BigDecimal.ZERO;
        BigDecimal absolute = BigDecimal.ZERO;
        if (pricingType == PricingType.DependentRatePricing) {
            DependentPricing dependent = pricing.dependentRatePricing();
            baseRateId = baseRate(tx.handle(), serviceId, dependent.baseRateId(),
                    field + ".Pricing.DependentRatePricing.BaseRateId");
            relative = dependent.relativeAdjustment() == null ? BigDecimal.ZERO : dependent.relativeAdjustment();
            absolute = dependent.absoluteAdjustment() == null ? BigDecimal.ZERO : dependent.absoluteAdjustment();
        }
        Rate rate = rate(enterprise, rateId, groupId, serviceId, baseRateId, isDefault, shape, tx);
        store.insert(tx.handle(), new RateStore.StoredRate(rate, enterprise.id(), relative, absolute), tx.now());
        if (baseRateId == null) {
            BasePricing base = pricing == null ? null : pricing.baseRatePricing();
            BigDecimal price = base == null || base.amount() == null ? DEFAULT_PRICE
                    : price(base.amount(), enterprise, field + ".Pricing.BaseRatePricing.Amount");
            store.setOccupancy(tx.handle(), rateId, new RateStore.Occupancy(
                    base == null || base.negativeOccupancyAdjustment() == null ? BigDecimal.ZERO
                            : base.negativeOccupancyAdjustment(),
                    base == null || base.extraOccupancyAdjustment() == null ? BigDecimal.ZERO
                            : base.extraOccupancyAdjustment()));
            priceEveryNight(tx, enterprise, rateId, serviceId, price);
        } else {
            LocalDate today = today(enterprise, tx);
            announce(tx, enterprise.id(), rateId, today.minusDays(PAST_NIGHTS),
                    today.plusDays(FUTURE_NIGHTS - 1L));
        }
        return rate;
    }

    private Rate change(Tx tx, Enterprise enterprise, RateStore.StoredRate existing, RateSetData data, String field) {
        Rate r = existing.rate();
        boolean isBase = r.baseRateId() == null;
        if ((data.pricingType() == PricingType.BaseRatePricing) != isBase) {
            throw new Forbidden("The pricing type of " + r.name() + " cannot be changed; it stays "
                    + (isBase ? PricingType.BaseRatePricing : PricingType.DependentRatePricing) + ".");
        }
        UUID groupId = data.rateGroupId() == null ? r.groupId()
                : groupOf(tx.handle(), r.serviceId(), data.rateGroupId(), field + ".RateGroupId");
        BigDecimal relative = existing.relativeAdjustment();
        BigDecimal absolute = existing.absoluteAdjustment();
        DependentPricing dependent = data.pricing() == null ? null : data.pricing().dependentRatePricing();
        if (!isBase && dependent != null) {
            relative = dependent.relativeAdjustment() == null ? BigDecimal.ZERO : dependent.relativeAdjustment();
            absolute = dependent.absoluteAdjustment() == null ? BigDecimal.ZERO : dependent.absoluteAdjustment();
        }
        Map<String, String> names = data.names();
        Rate changed = new Rate(r.id(), groupId, r.serviceId(), r.baseRateId(), r.isBaseRate(), r.businessSegmentId(),
                r.isActive(), data.isEnabled() == null || data.isEnabled(), (data.type() == null
                ? RateAddType.Private : data.type()) == RateAddType.Public, r.isDefault(),
                (data.type() == null ? RateAddType.Private : data.type()).name(), name(names, enterprise), names,
                r.shortName(), tx.now(), r.externalNames(),
                data.descriptions() == null ? r.description() : data.descriptions(),
                data.externalIdentifier() == null ? r.externalIdentifier() : data.externalIdentifier(),
                r.taxExemptionReason(), r.taxExemptionLegalReference());
        store.update(tx.handle(), new RateStore.StoredRate(changed, existing.enterpriseId(), relative, absolute));
        BasePricing base = data.pricing() == null ? null : data.pricing().baseRatePricing();
        if (isBase && base != null && base.amount() != null) {
            priceEveryNight(tx, enterprise, r.id(), r.serviceId(),
                    price(base.amount(), enterprise, field + ".Pricing.BaseRatePricing.Amount"));
        } else if (!isBase && dependent != null) {
            LocalDate today = today(enterprise, tx);
            announce(tx, enterprise.id(), r.id(), today.minusDays(PAST_NIGHTS), today.plusDays(FUTURE_NIGHTS - 1L));
        }
        return changed;
    }

    /** The same price for every category and night of the priced period, announced for the rate and dependents. */
    private void priceEveryNight(Tx tx, Enterprise enterprise, UUID rateId, UUID serviceId, BigDecimal price) {
        LocalDate today = today(enterprise, tx);
        LocalDate first = today.minusDays(PAST_NIGHTS);
        LocalDate last = today.plusDays(FUTURE_NIGHTS - 1L);
        Map<LocalDate, BigDecimal> prices = new LinkedHashMap<>();
        for (LocalDate night = first; !night.isAfter(last); night = night.plusDays(1)) {
            prices.put(night, price);
        }
        for (UUID categoryId : catalogue.categoryIds(tx.handle(), serviceId)) {
            if (store.prices(tx.handle(), rateId, categoryId, first, first).isEmpty()) {
                store.insertPrices(tx.handle(), rateId, categoryId, prices, tx.now());
            } else {
                store.setPrices(tx.handle(), rateId, categoryId, prices, tx.now());
            }
        }
        announce(tx, enterprise.id(), rateId, first, last);
        for (UUID dependent : store.activeDependents(tx.handle(), rateId)) {
            announce(tx, enterprise.id(), dependent, first, last);
        }
    }

    private void announce(Tx tx, UUID enterpriseId, UUID rateId, LocalDate first, LocalDate last) {
        ZoneId zone = zone(tx.handle(), enterpriseId);
        tx.emit(new DomainEvent.PriceUpdated(enterpriseId, ids.get(),
                first == null ? null : first.atStartOfDay(zone).toInstant(),
                last == null ? null : last.atStartOfDay(zone).toInstant(), rateId, null));
    }

    private Rate rate(Enterprise enterprise, UUID rateId, UUID groupId, UUID serviceId, UUID baseRateId,
                      boolean isDefault, Shape shape, Tx tx) {
        RateAddType type = shape.type() == null ? RateAddType.Public : shape.type();
        String shortName = shape.shortNames() == null ? null : pick(shape.shortNames(), enterprise);
        return new Rate(rateId, groupId, serviceId, baseRateId, baseRateId == null, shape.businessSegmentId(), true,
                Boolean.TRUE.equals(shape.isEnabled()), type == RateAddType.Public, isDefault, type.name(),
                name(shape.names(), enterprise), shape.names(), shortName, tx.now(), shape.externalNames(),
                shape.descriptions(), shape.externalIdentifier(), null, null);
    }

    private static String name(Map<String, String> names, Enterprise enterprise) {
        return pick(names, enterprise);
    }

    private static String pick(Map<String, String> texts, Enterprise enterprise) {
        if (texts.containsKey(enterprise.languageCode())) {
            return texts.get(enterprise.languageCode());
        }
        return texts.values().stream().findFirst().orElse(null);
    }

    private static BigDecimal price(AmountParameters amount, Enterprise enterprise, String field) {
        Require.text(amount.currency(), field + ".Currency");
        if (!amount.currency().equalsIgnoreCase(enterprise.currencyCode())) {
            throw new Forbidden(enterprise.name() + " prices rates in " + enterprise.currencyCode() + "; state "
                    + field + " in " + enterprise.currencyCode() + ".");
        }
        BigDecimal factor = BigDecimal.ONE.add(TaxRate.of(enterprise).rate());
        BigDecimal value;
        if (enterprise.pricing() == PricingMode.Gross) {
            value = amount.grossValue() != null ? amount.grossValue()
                    : amount.netValue() == null ? null : amount.netValue().multiply(factor);
        } else {
            value = amount.netValue() != null ? amount.netValue()
                    : amount.grossValue() == null ? null : amount.grossValue().divide(factor, 8, RoundingMode.HALF_UP);
        }
        if (value == null) {
            throw new InvalidRequest(field + " needs a GrossValue or a NetValue.");
        }
        if (value.signum() < 0) {
            throw new InvalidRequest(field + " must not be negative.");
        }
        return value;
    }

    private UUID serviceOf(Handle handle, UUID enterpriseId, String serviceId, String field) {
        UUID id = Require.identifier(serviceId, field);
        return catalogue.enterpriseOfService(handle, id)
                .filter(enterpriseId::equals)
                .map(found -> id)
                .orElseThrow(() -> new Forbidden("The service " + id + " was not found."));
    }

    private UUID groupOf(Handle handle, UUID serviceId, String groupId, String field) {
        UUID id = Require.identifier(groupId, field);
        if (store.groups(handle, dev.connector.store.Filter.where().eq("id", id).eq("service_id", serviceId)).isEmpty()) {
            throw new Forbidden("The rate group " + id + " is not one of the service's.");
        }
        return id;
    }

    private UUID defaultGroup(Handle handle, UUID serviceId, String field) {
        return store.groups(handle, dev.connector.store.Filter.where().eq("service_id", serviceId).eq("is_active", true))
                .stream().findFirst().map(RateStore.RateGroup::id)
                .orElseThrow(() -> new Forbidden("The service has no rate group; state " + field + ".RateGroupId."));
    }

    private UUID baseRate(Handle handle, UUID serviceId, String rateId, String field) {
        UUID id = Require.identifier(Require.text(rateId, field), field);
        RateStore.StoredRate base = store.find(handle, id)
                .filter(rate -> rate.rate().serviceId().equals(serviceId) && rate.rate().isActive())
                .orElseThrow(() -> new Forbidden("The rate " + id + " is not one of the service's."));
        if (base.rate().baseRateId() != null) {
            throw new Forbidden("The rate " + base.rate().name() + " is itself a dependent rate; a dependent rate"
                    + " must follow a base rate.");
        }
        return id;
    }

    private static void checkCommon(String field, Map<String, String> names, PricingType pricingType, Pricing pricing,
                                    String externalIdentifier) {
        if (names == null || names.isEmpty()) {
            throw new InvalidRequest(field + ".Names is required.");
        }
        Require.present(pricingType, field + ".PricingType");
        Require.maxLength(externalIdentifier, 255, field + ".ExternalIdentifier");
        if (pricingType == PricingType.DependentRatePricing
                && (pricing == null || pricing.dependentRatePricing() == null)) {
            throw new InvalidRequest(field + ".Pricing.DependentRatePricing is required for a DependentRatePricing"
                    + " rate.");
        }
        if (pricingType == PricingType.DependentRatePricing) {
            Require.text(pricing.dependentRatePricing().baseRateId(),
                    field + ".Pricing.DependentRatePricing.BaseRateId");
        }
        if (pricing != null && pricing.baseRatePricing() != null) {
            Require.present(pricing.baseRatePricing().amount(), field + ".Pricing.BaseRatePricing.Amount");
        }
    }

    private static BigDecimal offset(UpdateValue<BigDecimal> update, BigDecimal current) {
        if (update == null) {
            return current;
        }
        return update.value() == null ? BigDecimal.ZERO : update.value();
    }


    private Enterprise enterprise(Handle handle, UUID enterpriseId) {
        return enterprises.find(handle, enterpriseId)
                .orElseThrow(() -> new IllegalStateException("Missing enterprise " + enterpriseId));
    }

    private ZoneId zone(Handle handle, UUID enterpriseId) {
        return ZoneId.of(enterprise(handle, enterpriseId).timeZoneIdentifier());
    }

    private static LocalDate today(Enterprise enterprise, Tx tx) {
        return LocalDate.ofInstant(tx.now(), ZoneId.of(enterprise.timeZoneIdentifier()));
    }
}
