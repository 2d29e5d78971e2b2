package dev.connector.rates;

import dev.connector.api.Caller;
import dev.connector.api.Forbidden;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Require;
import dev.connector.enterprises.EnterpriseStore;
import dev.connector.events.Transactions;
import dev.connector.events.Tx;
import dev.connector.services.Catalogue;
import dev.connector.services.RequestChecks;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * restrictions/set, restrictions/clear and the deprecated restrictions/delete. They only ever touch the
 * restrictions the calling integration created: set merges a new restriction with its own restrictions of the same
 * conditions and exceptions (overlapping or adjacent intervals join) and splices those with other exceptions
 * around it; clear splices its own restrictions of the same conditions around the cleared interval. Days are the
 * enterprise's local days, both ends of an interval included.
 */
public final class OwnRestrictionOperations {

    /** The reference's quota of restrictions per service. */
    static final int MAX_RESTRICTIONS_PER_SERVICE = 150_000;
    private static final List<String> WEEK = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");

    /** Resource category types a restriction can name. */
    public enum ResourceCategoryType {
        Room, Bed, Dorm, Apartment, Suite, Villa, Site, Office, MeetingRoom, ParkingSpot, Desk, TeamArea, Membership,
        Tent, CaravanOrRV, UnequippedCampsite, Bike, ExtraBed, Cot, Crib, ConferenceRoom, Rooftop, Garden, Restaurant,
        Amphitheater, PrivateSpaces
    }

    /** The days of week a restriction applies on; every day must be stated. */
    public record DaysParameters(Boolean monday, Boolean tuesday, Boolean wednesday, Boolean thursday, Boolean friday,
                                 Boolean saturday, Boolean sunday) {

        List<String> enabled(String field) {
            List<Boolean> flags = java.util.Arrays.asList(monday, tuesday, wednesday, thursday, friday, saturday,
                    sunday);
            List<String> days = new ArrayList<>();
            for (int i = 0; i < WEEK.size(); i++) {
                if (flags.get(i) == null) {
                    throw new InvalidRequest(field + "." + WEEK.get(i) + " is required.");
                }
                if (flags.get(i)) {
                    days.add(WEEK.get(i));
                }
            }
            return days;
        }
    }

    public record RestrictionSetData(RestrictionOperations.Type type, String exactRateId, String baseRateId,
                                     String rateGroupId, String resourceCategoryId,
                                     ResourceCategoryType resourceCategoryType, Instant startUtc, Instant endUtc,
                                     DaysParameters days, String minAdvance, String maxAdvance, String minLength,
                                     String maxLength, RestrictionOperations.NewPrice minPrice,
                                     RestrictionOperations.NewPrice maxPrice) {
    }

    public record SetRestrictions(UUID serviceId, List<RestrictionSetData> data) {
        public SetRestrictions {
            Require.present(serviceId, "ServiceId");
            RequestChecks.requiredList(data, "Data");
            Require.atMost(data, 1000, "Data");
            for (int i = 0; i < data.size(); i++) {
                RestrictionSetData item = Require.present(data.get(i), "Data[" + i + "]");
                checkConditions("Data[" + i + "]", item.type(), item.exactRateId(), item.baseRateId(),
                        item.rateGroupId(), item.resourceCategoryId(), item.resourceCategoryType(), item.startUtc(),
                        item.endUtc(), item.days());
            }
        }
    }

    public record RestrictionClearData(RestrictionOperations.Type type, String exactRateId, String baseRateId,
                                       String rateGroupId, String resourceCategoryId,
                                       ResourceCategoryType resourceCategoryType, Instant startUtc, Instant endUtc,
                                       DaysParameters days) {
    }

    public record ClearRestrictions(UUID serviceId, List<RestrictionClearData> data) {
        public ClearRestrictions {
            Require.present(serviceId, "ServiceId");
            RequestChecks.requiredList(data, "Data");
            Require.atMost(data, 1000, "Data");
            for (int i = 0; i < data.size(); i++) {
                RestrictionClearData item = Require.present(data.get(i), "Data[" + i + "]");
                checkConditions("Data[" + i + "]", item.type(), item.exactRateId(), item.baseRateId(),
                        item.rateGroupId(), item.resourceCategoryId(), item.resourceCategoryType(), item.startUtc(),
                        item.endUtc(), item.days());
            }
        }
    }

    public record DeleteRestrictions(List<UUID> restrictionIds) {
        public DeleteRestrictions {
            RequestChecks.requiredList(restrictionIds, "RestrictionIds");
            Require.atMost(restrictionIds, 1000, "RestrictionIds");
        }
    }

    /** What makes two restrictions "the same conditions" for merging and clearing (the interval aside). */
    private record Key(String type, UUID exactRateId, UUID baseRateId, UUID rateGroupId, UUID resourceCategoryId,
                       String resourceCategoryType, Set<String> days) {

        static Key of(Restriction.Conditions conditions) {
            Set<String> days = new TreeSet<>(conditions.days() == null ? WEEK : conditions.days());
            return new Key(conditions.type(), conditions.exactRateId(), conditions.baseRateId(),
                    conditions.rateGroupId(), conditions.resourceCategoryId(), conditions.resourceCategoryType(), days);
        }
    }

    private final Transactions transactions;
    private final RestrictionStore store;
    private final RestrictionOperations restrictions;
    private final EnterpriseStore enterprises;
    private final Catalogue catalogue;
    private final Supplier<UUID> ids;
    private final int maxPerService;

    public OwnRestrictionOperations(Transactions transactions, RestrictionStore store,
                                    RestrictionOperations restrictions, EnterpriseStore enterprises,
                                    Catalogue catalogue, Supplier<UUID> ids, int maxPerService) {
        this.transactions = transactions;
        this.store = store;
        this.restrictions = restrictions;
        this.enterprises = enterprises;
        this.catalogue = catalogue;
        this.ids = ids;
        this.maxPerService = maxPerService;
    }

    Object set(SetRestrictions request, Caller caller) {
        transactions.write(tx -> {
            Scope scope = scope(tx, request.serviceId(), caller);
            for (int i = 0; i < request.data().size(); i++) {
                RestrictionSetData data = request.data().get(i);
                String field = "Data[" + i + "]";
                Restriction.Conditions conditions = conditions(tx, scope, field, data.type(), data.exactRateId(),
                        data.baseRateId(), data.rateGroupId(), data.resourceCategoryId(), data.resourceCategoryType(),
                        data.startUtc(), data.endUtc(), data.days());
                Restriction.Exceptions exceptions = RestrictionOperations.exceptions(
                        new RestrictionOperations.NewExceptions(data.minAdvance(), data.maxAdvance(), data.minLength(),
                                data.maxLength(), data.minPrice(), data.maxPrice()), field);
                merge(tx, scope, conditions, noneIfEmpty(exceptions));
            }
            int count = store.count(tx.handle(), request.serviceId());
            if (count > maxPerService) {
                throw new Forbidden("The service would have " + count + " restrictions, more than the "
                        + maxPerService + " allowed; clear restrictions that are no longer needed first.");
            }
            return null;
        });
        return null;
    }

    Object clear(ClearRestrictions request, Caller caller) {
        transactions.write(tx -> {
            Scope scope = scope(tx, request.serviceId(), caller);
            for (int i = 0; i < request.data().size(); i++) {
                RestrictionClearData data = request.data().get(i);
                Restriction.Conditions conditions = conditions(tx, scope, "Data[" + i + "]", data.type(),
                        data.exactRateId(), data.baseRateId(), data.rateGroupId(), data.resourceCategoryId(),
                        data.resourceCategoryType(), data.startUtc(), data.endUtc(), data.days());
                Key key = Key.of(conditions);
                DayInterval cleared = scope.days(conditions);
                for (Restriction existing : store.createdBy(tx.handle(), scope.serviceId(), caller.integrationId())) {
                    if (Key.of(existing.conditions()).equals(key) && scope.days(existing.conditions()).overlaps(cleared)) {
                        splice(tx, scope, existing, cleared);
                    }
                }
            }
            return null;
        });
        return null;
    }

    Object delete(DeleteRestrictions request, Caller caller) {
        transactions.write(tx -> {
            Map<Restriction, Optional<UUID>> found = store.withCreators(tx.handle(), caller.enterpriseIds(),
                    request.restrictionIds());
            for (UUID id : request.restrictionIds()) {
                if (found.keySet().stream().noneMatch(restriction -> restriction.id().equals(id))) {
                    throw new Forbidden("The restriction " + id + " was not found.");
                }
            }
            found.forEach((restriction, creator) -> {
                if (!creator.equals(Optional.of(caller.integrationId()))) {
                    throw new Forbidden("The restriction " + restriction.id() + " was created by "
                            + (creator.isEmpty() ? "a user of the property" : "another integration")
                            + "; only its creator can delete it.");
                }
                store.delete(tx.handle(), restriction.id());
            });
            return null;
        });
        return null;
    }

    /** Adds the restriction to the integration's own, merging and splicing as the reference describes. */
    private void merge(Tx tx, Scope scope, Restriction.Conditions conditions, Restriction.Exceptions exceptions) {
        Key key = Key.of(conditions);
        DayInterval interval = scope.days(conditions);
        List<Restriction> same = new ArrayList<>();
        for (Restriction existing : store.createdBy(tx.handle(), scope.serviceId(), scope.integrationId())) {
            if (Key.of(existing.conditions()).equals(key)) {
                same.add(existing);
            }
        }
        for (Restriction existing : same) {
            if (sameExceptions(existing.exceptions(), exceptions)
                    && scope.days(existing.conditions()).contains(interval)) {
                return;
            }
        }
        for (Restriction existing : same) {
            DayInterval existingDays = scope.days(existing.conditions());
            if (sameExceptions(existing.exceptions(), exceptions)) {
                if (existingDays.touches(interval)) {
                    interval = interval.union(existingDays);
                    store.delete(tx.handle(), existing.id());
                }
            } else if (existingDays.overlaps(interval)) {
                splice(tx, scope, existing, interval);
            }
        }
        Restriction added = new Restriction(ids.get(), scope.serviceId(), null,
                RestrictionOperations.Origin.Integration.name(), scope.within(conditions, interval), exceptions);
        store.insert(tx.handle(), scope.enterpriseId(), scope.integrationId(), added, tx.now());
    }

    /** Replaces the restriction by its parts before and after the interval (if any). */
    private void splice(Tx tx, Scope scope, Restriction existing, DayInterval removed) {
        store.delete(tx.handle(), existing.id());
        for (DayInterval part : scope.days(existing.conditions()).minus(removed)) {
            Restriction remaining = new Restriction(ids.get(), existing.serviceId(), existing.externalIdentifier(),
                    existing.origin(), scope.within(existing.conditions(), part), existing.exceptions());
            store.insert(tx.handle(), scope.enterpriseId(), scope.integrationId(), remaining, tx.now());
        }
    }

    private Restriction.Conditions conditions(Tx tx, Scope scope, String field, RestrictionOperations.Type type,
                                              String exactRateId, String baseRateId, String rateGroupId,
                                              String resourceCategoryId, ResourceCategoryType categoryType,
                                              Instant startUtc, Instant endUtc, DaysParameters days) {
        RestrictionOperations.NewConditions data = new RestrictionOperations.NewConditions(type, exactRateId,
                baseRateId, rateGroupId, resourceCategoryId, categoryType == null ? null : categoryType.name(),
                startUtc, endUtc, days.enabled(field + ".Days"), null);
        Restriction.Conditions conditions = restrictions.conditions(tx.handle(), scope.serviceId(), data, field);
        return scope.within(conditions, scope.days(conditions));
    }

    private static void checkConditions(String field, RestrictionOperations.Type type, String exactRateId,
                                        String baseRateId, String rateGroupId, String resourceCategoryId,
                                        ResourceCategoryType categoryType, Instant startUtc, Instant endUtc,
                                        DaysParameters days) {
        Require.present(type, field + ".Type");
        Require.present(days, field + ".Days");
        long rates = java.util.stream.Stream.of(exactRateId, baseRateId, rateGroupId).filter(Objects::nonNull).count();
        if (rates > 1) {
            throw new InvalidRequest(field + " may name at most one of ExactRateId, BaseRateId and RateGroupId.");
        }
        if (resourceCategoryId != null && categoryType != null) {
            throw new InvalidRequest(field + " may name a ResourceCategoryId or a ResourceCategoryType, not both.");
        }
        if (startUtc != null && endUtc != null && endUtc.isBefore(startUtc)) {
            throw new InvalidRequest(field + ".EndUtc must not be before " + field + ".StartUtc.");
        }
    }

    private static Restriction.Exceptions noneIfEmpty(Restriction.Exceptions exceptions) {
        if (exceptions == null || new Restriction.Exceptions(null, null, null, null, null, null).equals(exceptions)) {
            return null;
        }
        return exceptions;
    }

    static boolean sameExceptions(Restriction.Exceptions a, Restriction.Exceptions b) {
        Restriction.Exceptions left = noneIfEmpty(a);
        Restriction.Exceptions right = noneIfEmpty(b);
        if (left == null || right == null) {
            return left == right;
        }
        return Objects.equals(left.minAdvance(), right.minAdvance())
                && Objects.equals(left.maxAdvance(), right.maxAdvance())
                && Objects.equals(left.minLength(), right.minLength())
                && Objects.equals(left.maxLength(), right.maxLength())
                && samePrice(left.minPrice(), right.minPrice())
                && samePrice(left.maxPrice(), right.maxPrice());
    }

    private static boolean samePrice(Restriction.CurrencyValue a, Restriction.CurrencyValue b) {
        if (a == null || b == null) {
            return a == b;
        }
        BigDecimal left = a.value() == null ? BigDecimal.ZERO : a.value();
        BigDecimal right = b.value() == null ? BigDecimal.ZERO : b.value();
        return a.currency().equalsIgnoreCase(b.currency()) && left.compareTo(right) == 0;
    }

    private Scope scope(Tx tx, UUID serviceId, Caller caller) {
        UUID enterpriseId = catalogue.enterpriseOfService(tx.handle(), serviceId)
                .filter(caller.enterpriseIds()::contains)
                .orElseThrow(() -> new Forbidden("The service " + serviceId + " was not found."));
        ZoneId zone = enterprises.find(tx.handle(), enterpriseId)
                .map(enterprise -> ZoneId.of(enterprise.timeZoneIdentifier()))
                .orElseThrow(() -> new IllegalStateException("Service of a missing enterprise " + enterpriseId));
        return new Scope(serviceId, enterpriseId, caller.integrationId(), zone);
    }

    /** The service being changed, whose enterprise's time zone turns instants into days. */
    private record Scope(UUID serviceId, UUID enterpriseId, UUID integrationId, ZoneId zone) {

        DayInterval days(Restriction.Conditions conditions) {
            return new DayInterval(day(conditions.startUtc()), day(conditions.endUtc()));
        }

        /** The conditions over the interval: each end at the local midnight starting its day. */
        Restriction.Conditions within(Restriction.Conditions c, DayInterval interval) {
            return new Restriction.Conditions(c.type(), c.exactRateId(), c.baseRateId(), c.rateGroupId(),
                    c.resourceCategoryId(), c.resourceCategoryType(), midnight(interval.first()),
                    midnight(interval.last()), c.days(), c.hours());
        }

        private LocalDate day(Instant instant) {
            return instant == null ? null : LocalDate.ofInstant(instant, zone);
        }

        private Instant midnight(LocalDate day) {
            return day == null ? null : day.atStartOfDay(zone).toInstant();
        }
    }
}
