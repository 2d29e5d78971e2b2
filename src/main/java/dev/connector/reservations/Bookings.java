package dev.connector.reservations;

import dev.connector.api.Forbidden;
import dev.connector.api.InvalidRequest;
import dev.connector.availability.Availability;
import dev.connector.customers.Customer;
import dev.connector.customers.CustomerStore;
import dev.connector.availability.Stay;
import dev.connector.enterprises.Enterprise;
import dev.connector.enterprises.EnterpriseStore;
import dev.connector.enterprises.PricingMode;
import dev.connector.events.DomainEvent;
import dev.connector.events.Tx;
import dev.connector.payments.Ledger;
import dev.connector.rates.Amount;
import dev.connector.rates.RatePricing;
import dev.connector.rates.TaxRate;
import dev.connector.services.Catalogue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * What the reservation operations share: finding what a request names (or refusing it), pricing nights, and
 * saving a reservation together with its ServiceOrderUpdated event. Stateless and thread-safe.
 */
final class Bookings {

    final ReservationStore store;
    final Availability availability;
    final Catalogue catalogue;
    final Ledger ledger;
    private final RatePricing pricing;
    private final EnterpriseStore enterprises;
    private final CustomerStore customers;

    Bookings(ReservationStore store, Availability availability, Catalogue catalogue, RatePricing pricing, Ledger ledger,
             EnterpriseStore enterprises, CustomerStore customers) {
        this.store = store;
        this.availability = availability;
        this.catalogue = catalogue;
        this.pricing = pricing;
        this.ledger = ledger;
        this.enterprises = enterprises;
        this.customers = customers;
    }

    /** An active customer of the enterprise's chain, or a 400 naming the field. */
    void requireCustomer(Handle handle, Enterprise enterprise, UUID customerId, String field) {
        if (customerId == null) {
            throw new InvalidRequest(field + " is required.");
        }
        customers.find(handle, List.of(enterprise.chainId()), customerId)
                .filter(Customer::isActive)
                .orElseThrow(() -> new InvalidRequest(field + " " + customerId + " is not a customer of "
                        + enterprise.name() + "."));
    }

    Enterprise enterprise(Handle handle, UUID enterpriseId) {
        return enterprises.find(handle, enterpriseId)
                .orElseThrow(() -> new IllegalStateException("No enterprise " + enterpriseId));
    }

    static ZoneId zone(Enterprise enterprise) {
        return ZoneId.of(enterprise.timeZoneIdentifier());
    }

    static Stay stay(Reservation reservation, ZoneId zone) {
        return Stay.of(reservation.scheduledStartUtc(), reservation.scheduledEndUtc(), zone);
    }

    /** The reservation of the enterprise, or a 400 naming the field when there is none. */
    Reservation require(Handle handle, UUID enterpriseId, UUID reservationId, String field) {
        if (reservationId == null) {
            throw new InvalidRequest(field + " is required.");
        }
        return store.find(handle, enterpriseId, reservationId)
                .orElseThrow(() -> new InvalidRequest(field + " " + reservationId + " is not a reservation of the enterprise."));
    }

    List<Reservation> requireAll(Handle handle, UUID enterpriseId, List<UUID> reservationIds, String field) {
        List<Reservation> found = store.find(handle, enterpriseId, reservationIds);
        if (found.size() != reservationIds.stream().distinct().count()) {
            List<UUID> foundIds = found.stream().map(Reservation::id).toList();
            UUID missing = reservationIds.stream().filter(id -> !foundIds.contains(id)).findFirst().orElseThrow();
            throw new InvalidRequest(field + " contains " + missing + ", which is not a reservation of the enterprise.");
        }
        return found;
    }

    void insert(Tx tx, UUID enterpriseId, Reservation reservation, ZoneId zone) {
        store.insert(tx.handle(), enterpriseId, reservation, stay(reservation, zone));
        tx.emit(event(enterpriseId, reservation));
    }

    void save(Tx tx, UUID enterpriseId, Reservation reservation, ZoneId zone) {
        store.update(tx.handle(), reservation, stay(reservation, zone));
        tx.emit(event(enterpriseId, reservation));
    }

    static DomainEvent.ServiceOrderUpdated event(UUID enterpriseId, Reservation reservation) {
        return new DomainEvent.ServiceOrderUpdated(enterpriseId, reservation.id(), reservation.state().name(),
                reservation.startUtc(), reservation.endUtc(), reservation.assignedResourceId());
    }

    /** An active resource category of the service, or a 400 naming the field. */
    Catalogue.Category category(Handle handle, UUID serviceId, UUID categoryId, String field) {
        if (categoryId == null) {
            throw new InvalidRequest(field + " is required.");
        }
        Catalogue.Category category = catalogue.category(handle, categoryId)
                .filter(found -> found.serviceId().equals(serviceId))
                .orElseThrow(() -> new InvalidRequest(field + " " + categoryId + " is not a resource category of the service."));
        if (!category.isActive()) {
            throw new Forbidden("The room type " + categoryId + " is no longer offered.");
        }
        return category;
    }

    /** A rate of the service that can be booked, or a 400 naming the field (403 when it is not offered any more). */
    Catalogue.RateRef rate(Handle handle, UUID serviceId, UUID rateId, String field) {
        if (rateId == null) {
            throw new InvalidRequest(field + " is required.");
        }
        Catalogue.RateRef rate = catalogue.rate(handle, rateId)
                .filter(found -> found.serviceId().equals(serviceId))
                .orElseThrow(() -> new InvalidRequest(field + " " + rateId + " is not a rate of the service."));
        if (!rate.isActive()) {
            throw new Forbidden("The rate " + rateId + " is no longer offered.");
        }
        return rate;
    }

    /** Checks that the age categories are the service's and that the guests fit into the room type. */
    void checkGuests(Handle handle, UUID serviceId, Catalogue.Category category, List<PersonCount> personCounts,
                     String languageCode, String field) {
        if (personCounts == null || personCounts.isEmpty()) {
            throw new InvalidRequest(field + " must name at least one age category with a positive count.");
        }
        List<UUID> ageCategories = handle.createQuery("SELECT id FROM age_categories WHERE service_id = :serviceId")
                .bind("serviceId", serviceId.toString())
                .map((rs, ctx) -> UUID.fromString(rs.getString("id")))
                .list();
        int guests = 0;
        for (PersonCount count : personCounts) {
            if (!ageCategories.contains(count.ageCategoryId())) {
                throw new InvalidRequest(field + " names " + count.ageCategoryId()
                        + ", which is not an age category of the service.");
            }
            guests += count.count();
        }
        if (guests > category.capacity()) {
            throw new Forbidden("A " + availability.categoryName(handle, category.id(), languageCode) + " sleeps at most "
                    + category.capacity() + " guests, but " + guests + " were asked for.");
        }
    }

    /** The deprecated AdultCount and ChildCount of old clients, as person counts of the service's age categories. */
    /** The number of guests the counts add up to; null when none are stated. */
    static Integer persons(List<PersonCount> counts) {
        int total = counts.stream().mapToInt(count -> count.count() == null ? 0 : count.count()).sum();
        return total == 0 ? null : total;
    }

    List<PersonCount> personCounts(Handle handle, UUID serviceId, List<PersonCount> given, Integer adults,
                                   Integer children) {
        if (given != null && !given.isEmpty()) {
            return given;
        }
        List<PersonCount> counts = new ArrayList<>();
        if (adults != null && adults > 0) {
            catalogue.ageCategoryId(handle, serviceId, "Adult").ifPresent(id -> counts.add(new PersonCount(id, adults)));
        }
        if (children != null && children > 0) {
            catalogue.ageCategoryId(handle, serviceId, "Child").ifPresent(id -> counts.add(new PersonCount(id, children)));
        }
        return counts;
    }

    /**
     * The price of every night of the stay: the rate's prices, replaced by {@code eachNight} or by the
     * {@code perNight} prices where the partner states them.
     */
    List<Ledger.NightCharge> price(Handle handle, Enterprise enterprise, UUID rateId, UUID categoryId, Stay stay,
                                   AmountParameters eachNight, List<TimeUnitPrice> perNight, String field) {
        return price(handle, enterprise, rateId, categoryId, stay, null, eachNight, perNight, field);
    }

    /** As above for {@code persons} guests (null: the category's capacity), which the rate's capacity offset prices. */
    List<Ledger.NightCharge> price(Handle handle, Enterprise enterprise, UUID rateId, UUID categoryId, Stay stay,
                                   Integer persons, AmountParameters eachNight, List<TimeUnitPrice> perNight,
                                   String field) {
        TaxRate tax = TaxRate.of(enterprise);
        Map<Integer, BigDecimal> stated = new HashMap<>();
        if (perNight != null) {
            for (int i = 0; i < perNight.size(); i++) {
                TimeUnitPrice unit = perNight.get(i);
                String at = (field.isEmpty() ? "" : field + ".") + "TimeUnitPrices[" + i + "]";
                if (unit == null || unit.index() == null || unit.index() < 0 || unit.index() >= stay.length()) {
                    throw new InvalidRequest(at + ".Index must be between 0 and " + (stay.length() - 1)
                            + " (the stay has " + stay.length() + " nights).");
                }
                if (unit.amount() != null) {
                    stated.put(unit.index(), stated(unit.amount(), enterprise, tax, at + ".Amount"));
                }
            }
        }
        BigDecimal each = eachNight == null ? null
                : stated(eachNight, enterprise, tax, (field.isEmpty() ? "" : field + ".") + "TimeUnitAmount");
        List<RatePricing.NightPrice> prices = pricing.nightly(handle, rateId, categoryId, stay.firstNight(),
                stay.lastNight(), persons);
        List<Ledger.NightCharge> charges = new ArrayList<>();
        for (int i = 0; i < prices.size(); i++) {
            BigDecimal price = stated.getOrDefault(i, each != null ? each : prices.get(i).amount());
            charges.add(new Ledger.NightCharge(prices.get(i).night(),
                    Amount.of(price, enterprise.currencyCode(), enterprise.pricing(), tax)));
        }
        return charges;
    }

    /** A stated price as the enterprise states prices (gross or net), in its currency. */
    private static BigDecimal stated(AmountParameters amount, Enterprise enterprise, TaxRate tax, String field) {
        if (amount.currency() == null || !amount.currency().equalsIgnoreCase(enterprise.currencyCode())) {
            throw new Forbidden(enterprise.name() + " prices stays in " + enterprise.currencyCode() + "; state "
                    + field + " in " + enterprise.currencyCode() + ".");
        }
        BigDecimal factor = BigDecimal.ONE.add(tax.rate());
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

    /** The sum of night prices, with the tax split added up per tax rate. */
    static Amount total(String currency, List<Ledger.NightCharge> charges) {
        BigDecimal net = BigDecimal.ZERO.setScale(2);
        BigDecimal gross = BigDecimal.ZERO.setScale(2);
        // Keyed by tax rate code; untaxed amounts have none, which a LinkedHashMap keeps as the null key.
        Map<String, BigDecimal[]> perTax = new LinkedHashMap<>();
        for (Ledger.NightCharge charge : charges) {
            net = net.add(charge.amount().netValue());
            gross = gross.add(charge.amount().grossValue());
            for (Amount.BreakdownItem item : charge.amount().breakdown().items()) {
                BigDecimal[] sums = perTax.computeIfAbsent(item.taxRateCode(),
                        key -> new BigDecimal[] {BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)});
                sums[0] = sums[0].add(item.netValue());
                sums[1] = sums[1].add(item.taxValue());
            }
        }
        List<Amount.TaxValue> taxValues = new ArrayList<>();
        List<Amount.BreakdownItem> breakdown = new ArrayList<>();
        for (Map.Entry<String, BigDecimal[]> entry : perTax.entrySet()) {
            String code = entry.getKey();
            if (code != null) {
                taxValues.add(new Amount.TaxValue(code, entry.getValue()[1]));
            }
            breakdown.add(new Amount.BreakdownItem(code, entry.getValue()[0], entry.getValue()[1]));
        }
        return new Amount(currency, net, gross, taxValues, new Amount.Breakdown(breakdown));
    }
}
