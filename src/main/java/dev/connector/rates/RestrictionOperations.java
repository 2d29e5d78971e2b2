package dev.connector.rates;

import dev.connector.api.Caller;
import dev.connector.api.Forbidden;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Limitation;
import dev.connector.api.Require;
import dev.connector.api.TimeInterval;
import dev.connector.events.Transactions;
import dev.connector.services.Catalogue;
import dev.connector.services.RequestChecks;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;

/** restrictions/getAll and the deprecated restrictions/add; {@link OwnRestrictionOperations} sets and clears. */
public final class RestrictionOperations {

    private static final Pattern DURATION =
            Pattern.compile("P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?");
    private static final Set<String> DAYS =
            Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    private static final List<String> HOURS = List.of("Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven",
            "Eight", "Nine", "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen",
            "Eighteen", "Nineteen", "Twenty", "TwentyOne", "TwentyTwo", "TwentyThree");
    private static final List<String> CATEGORY_TYPES = List.of("Room", "Bed", "Dorm", "Apartment", "Suite", "Villa",
            "Site", "Office", "MeetingRoom", "ParkingSpot", "Desk", "TeamArea", "Membership", "Tent", "CaravanOrRV",
            "UnequippedCampsite", "Bike", "ExtraBed", "Cot", "Crib", "ConferenceRoom", "Rooftop", "Garden", "Restaurant",
            "Amphitheater", "PrivateSpaces");

    /** Restriction types: what part of a stay the restriction concerns. */
    public enum Type {
        Stay,
        Start,
        End
    }

    /** Who created a restriction. */
    public enum Origin {
        User,
        Integration
    }

    /**
     * The filter of {@code restrictions/getAll}. TimeFilter, StartUtc and EndUtc are the deprecated form of the
     * intervals: read and type-checked (the reference types them as plain text), but the intervals are what filters.
     */
    public record GetAllRestrictions(List<UUID> enterpriseIds, List<UUID> serviceIds, List<UUID> restrictionIds,
                                     List<UUID> resourceCategoryIds, List<UUID> rateIds, List<UUID> exactRateIds,
                                     List<UUID> baseRateIds, Origin origin, String timeFilter, String startUtc,
                                     String endUtc, TimeInterval collidingUtc, TimeInterval createdUtc,
                                     TimeInterval updatedUtc, Limitation limitation) {
        public GetAllRestrictions {
            Limitation.required(limitation);
            RequestChecks.optionalList(enterpriseIds, "EnterpriseIds");
            RequestChecks.requiredList(serviceIds, "ServiceIds");
            Require.atMost(restrictionIds, 1000, "RestrictionIds");
            Require.atMost(resourceCategoryIds, 1000, "ResourceCategoryIds");
            Require.atMost(rateIds, 1000, "RateIds");
            Require.atMost(exactRateIds, 1000, "ExactRateIds");
            Require.atMost(baseRateIds, 1000, "BaseRateIds");
            TimeInterval.validate(collidingUtc, "CollidingUtc", null);
            TimeInterval.validate(createdUtc, "CreatedUtc", TimeInterval.THREE_MONTHS);
            TimeInterval.validate(updatedUtc, "UpdatedUtc", TimeInterval.THREE_MONTHS);
        }
    }

    public record RestrictionResult(List<Restriction> restrictions, UUID cursor) {
    }

    public record AddRestrictions(UUID serviceId, List<NewRestriction> restrictions) {
        public AddRestrictions {
            Require.present(serviceId, "ServiceId");
            RequestChecks.requiredList(restrictions, "Restrictions");
            for (int i = 0; i < restrictions.size(); i++) {
                String field = "Restrictions[" + i + "]";
                NewRestriction restriction = Require.present(restrictions.get(i), field);
                Require.present(restriction.conditions(), field + ".Conditions");
                Require.present(restriction.conditions().type(), field + ".Conditions.Type");
            }
        }
    }

    public record NewRestriction(String identifier, String externalIdentifier, NewConditions conditions,
                                 NewExceptions exceptions) {
    }

    /** Conditions as sent: rate and category ids are text (the reference allows other identifiers too). */
    public record NewConditions(Type type, String exactRateId, String baseRateId, String rateGroupId,
                                String resourceCategoryId, String resourceCategoryType, Instant startUtc,
                                Instant endUtc, List<String> days, Map<String, Boolean> hours) {
        public NewConditions {
            if (resourceCategoryType != null && !CATEGORY_TYPES.contains(resourceCategoryType)) {
                throw new InvalidRequest("ResourceCategoryType must be one of: " + String.join(", ", CATEGORY_TYPES) + ".");
            }
        }
    }

    public record NewExceptions(String minAdvance, String maxAdvance, String minLength, String maxLength,
                                NewPrice minPrice, NewPrice maxPrice) {
    }

    /** A price limit in the API's older currency value; Net, Tax and TaxRate are deprecated and not used. */
    public record NewPrice(String currency, BigDecimal value, BigDecimal net, BigDecimal tax, BigDecimal taxRate) {
    }

    public record AddedRestriction(String identifier, Restriction restriction) {
    }

    public record AdditionResult(List<AddedRestriction> restrictions) {
    }

    private final Transactions transactions;
    private final RestrictionStore store;
    private final RateStore rates;
    private final Catalogue catalogue;
    private final Supplier<UUID> ids;

    public RestrictionOperations(Transactions transactions, RestrictionStore store, RateStore rates, Catalogue catalogue,
                           Supplier<UUID> ids) {
        this.transactions = transactions;
        this.store = store;
        this.rates = rates;
        this.catalogue = catalogue;
        this.ids = ids;
    }


    RestrictionResult getAll(GetAllRestrictions request, Caller caller) {
        Filter filter = Filter.where()
                .in("x.enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("x.service_id", request.serviceIds())
                .in("x.id", request.restrictionIds())
                .in("x.resource_category_id", request.resourceCategoryIds())
                .in("x.exact_rate_id", request.exactRateIds())
                .in("x.base_rate_id", request.baseRateIds())
                .eq("x.origin", request.origin())
                .within("x.created_utc", request.createdUtc())
                .within("x.updated_utc", request.updatedUtc());
        if (request.collidingUtc() != null) {
            filter.sql("(x.start_utc IS NULL OR x.start_utc <= :collidingEnd)"
                            + " AND (x.end_utc IS NULL OR x.end_utc >= :collidingStart)",
                    Map.of("collidingStart", request.collidingUtc().startUtc().toEpochMilli(),
                            "collidingEnd", request.collidingUtc().endUtc().toEpochMilli()));
        }
        return transactions.read(handle -> {
            if (request.rateIds() != null) {
                affecting(handle, filter, request.rateIds());
            }
            Page<Restriction> page = store.restrictions(handle, filter, request.limitation());
            return new RestrictionResult(page.items(), page.cursor());
        });
    }

    /** Restrictions that affect the rates: for no rate in particular, or for them, their base rates or groups. */
    private void affecting(Handle handle, Filter filter, List<UUID> rateIds) {
        List<String> exact = new ArrayList<>();
        List<String> bases = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (UUID rateId : rateIds) {
            rates.find(handle, rateId).ifPresent(stored -> {
                exact.add(rateId.toString());
                bases.add(stored.rate().baseRateId() == null ? rateId.toString() : stored.rate().baseRateId().toString());
                groups.add(stored.rate().groupId().toString());
            });
        }
        if (exact.isEmpty()) {
            filter.sql("1 = 0", Map.of());
            return;
        }
        StringBuilder condition = new StringBuilder("((x.exact_rate_id IS NULL AND x.base_rate_id IS NULL AND x.rate_group_id IS NULL)");
        Map<String, Object> named = new LinkedHashMap<>();
        condition.append(" OR x.exact_rate_id IN (").append(names("exact", exact, named)).append(")");
        condition.append(" OR x.base_rate_id IN (").append(names("base", bases, named)).append(")");
        condition.append(" OR x.rate_group_id IN (").append(names("group", groups, named)).append("))");
        filter.sql(condition.toString(), named);
    }

    private static String names(String prefix, List<String> values, Map<String, Object> named) {
        List<String> placeholders = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            named.put(prefix + i, values.get(i));
            placeholders.add(":" + prefix + i);
        }
        return String.join(", ", placeholders);
    }

    AdditionResult add(AddRestrictions request, Caller caller) {
        return transactions.write(tx -> {
            UUID enterpriseId = catalogue.enterpriseOfService(tx.handle(), request.serviceId())
                    .filter(caller.enterpriseIds()::contains)
                    .orElseThrow(() -> new Forbidden("The service " + request.serviceId() + " was not found."));
            List<AddedRestriction> added = new ArrayList<>();
            for (int i = 0; i < request.restrictions().size(); i++) {
                NewRestriction data = request.restrictions().get(i);
                Restriction restriction = new Restriction(ids.get(), request.serviceId(), data.externalIdentifier(),
                        Origin.Integration.name(),
                        conditions(tx.handle(), request.serviceId(), data.conditions(), "Restrictions[" + i + "].Conditions"),
                        exceptions(data.exceptions(), "Restrictions[" + i + "].Exceptions"));
                store.insert(tx.handle(), enterpriseId, caller.integrationId(), restriction, tx.now());
                added.add(new AddedRestriction(data.identifier(), restriction));
            }
            return new AdditionResult(added);
        });
    }

    Restriction.Conditions conditions(Handle handle, UUID serviceId, NewConditions data, String field) {
        UUID exactRateId = id(data.exactRateId(), field + ".ExactRateId");
        UUID baseRateId = id(data.baseRateId(), field + ".BaseRateId");
        UUID rateGroupId = id(data.rateGroupId(), field + ".RateGroupId");
        UUID categoryId = id(data.resourceCategoryId(), field + ".ResourceCategoryId");
        if (exactRateId != null) {
            requireRate(handle, serviceId, exactRateId, false);
        }
        if (baseRateId != null) {
            requireRate(handle, serviceId, baseRateId, true);
        }
        if (rateGroupId != null && rates.groups(handle, Filter.where().eq("id", rateGroupId).eq("service_id", serviceId))
                .isEmpty()) {
            throw new Forbidden("The rate group " + rateGroupId + " is not one of the service's.");
        }
        if (categoryId != null && catalogue.category(handle, categoryId)
                .filter(category -> category.serviceId().equals(serviceId)).isEmpty()) {
            throw new Forbidden("The resource category " + categoryId + " is not one of the service's.");
        }
        if (data.startUtc() != null && data.endUtc() != null && data.endUtc().isBefore(data.startUtc())) {
            throw new InvalidRequest(field + ".EndUtc must not be before " + field + ".StartUtc.");
        }
        if (data.days() != null) {
            for (String day : data.days()) {
                if (!DAYS.contains(day)) {
                    throw new InvalidRequest(field + ".Days must hold day names such as Monday, not " + day + ".");
                }
            }
        }
        Map<String, Boolean> hours = null;
        if (data.hours() != null) {
            hours = new LinkedHashMap<>();
            for (String hour : HOURS) {
                Boolean enabled = data.hours().get(hour);
                if (enabled == null) {
                    throw new InvalidRequest(field + ".Hours." + hour + " is required.");
                }
                hours.put(hour, enabled);
            }
        }
        return new Restriction.Conditions(data.type().name(), exactRateId, baseRateId, rateGroupId, categoryId,
                data.resourceCategoryType(), data.startUtc(), data.endUtc(),
                data.days() == null ? null : List.copyOf(data.days()), hours);
    }

    private void requireRate(Handle handle, UUID serviceId, UUID rateId, boolean mustBeBase) {
        RateStore.StoredRate stored = rates.find(handle, rateId)
                .filter(rate -> rate.rate().serviceId().equals(serviceId))
                .orElseThrow(() -> new Forbidden("The rate " + rateId + " is not one of the service's."));
        if (mustBeBase && stored.rate().baseRateId() != null) {
            throw new Forbidden("The rate " + rateId + " is not a base rate.");
        }
    }

    static Restriction.Exceptions exceptions(NewExceptions data, String field) {
        if (data == null) {
            return null;
        }
        return new Restriction.Exceptions(duration(data.minAdvance(), field + ".MinAdvance"),
                duration(data.maxAdvance(), field + ".MaxAdvance"), duration(data.minLength(), field + ".MinLength"),
                duration(data.maxLength(), field + ".MaxLength"), price(data.minPrice(), field + ".MinPrice"),
                price(data.maxPrice(), field + ".MaxPrice"));
    }

    private static String duration(String value, String field) {
        if (value != null && !DURATION.matcher(value).matches()) {
            throw new InvalidRequest(field + " must be an ISO 8601 duration such as P0M2DT0H0M0S.");
        }
        return value;
    }

    private static Restriction.CurrencyValue price(NewPrice value, String field) {
        if (value == null) {
            return null;
        }
        Require.text(value.currency(), field + ".Currency");
        if (value.value() != null && value.value().compareTo(BigDecimal.ZERO) < 0) {
            throw new InvalidRequest(field + ".Value must not be negative.");
        }
        return new Restriction.CurrencyValue(value.currency(), value.value());
    }

    private static UUID id(String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            UUID id = UUID.fromString(value);
            if (value.length() != 36) {
                throw new IllegalArgumentException(value);
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest(field + " is not a valid identifier.");
        }
    }
}
