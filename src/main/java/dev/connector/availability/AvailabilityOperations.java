package dev.connector.availability;

import dev.connector.api.Caller;
import dev.connector.api.Forbidden;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Require;
import dev.connector.api.UpdateValue;
import dev.connector.availabilityblocks.AvailabilityAdjustment;
import dev.connector.availabilityblocks.AvailabilityBlockStore;
import dev.connector.enterprises.EnterpriseStore;
import dev.connector.events.Transactions;
import dev.connector.events.Tx;
import dev.connector.services.Catalogue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@code services/getAvailability} (both versions) and {@code services/updateAvailability}: per resource category
 * and night, how many units are free, and the manual adjustments of that number.
 */
public final class AvailabilityOperations {

    /** Future adjustments are accepted up to this many years ahead, as the reference allows. */
    private static final int MAX_YEARS_AHEAD = 5;

    private final Transactions transactions;
    private final EnterpriseStore enterprises;
    private final Catalogue catalogue;
    private final Availability availability;
    private final AvailabilityStore store;
    private final AvailabilityBlockStore blocks;
    private final Supplier<UUID> ids;

    public AvailabilityOperations(Transactions transactions, EnterpriseStore enterprises, Catalogue catalogue,
                                  Availability availability, AvailabilityStore store, AvailabilityBlockStore blocks,
                                  Supplier<UUID> ids) {
        this.transactions = transactions;
        this.enterprises = enterprises;
        this.catalogue = catalogue;
        this.availability = availability;
        this.store = store;
        this.blocks = blocks;
        this.ids = ids;
    }

    /** The deprecated StartUtc and EndUtc may stand in for FirstTimeUnitStartUtc and LastTimeUnitStartUtc. */
    public record GetRequest(UUID serviceId, Instant firstTimeUnitStartUtc, Instant lastTimeUnitStartUtc,
                             Instant startUtc, Instant endUtc) {
        public GetRequest {
            requireStart(firstTimeUnitStartUtc, startUtc, "FirstTimeUnitStartUtc");
            requireStart(lastTimeUnitStartUtc, endUtc, "LastTimeUnitStartUtc");
        }
    }

    public record CategoryAvailability(UUID categoryId, List<Integer> availabilities, List<Integer> adjustments) {
    }

    public record GetResult(List<Instant> datesUtc, List<Instant> timeUnitStartsUtc,
                            List<CategoryAvailability> categoryAvailabilities) {
    }

    public GetResult get(GetRequest request, Caller caller) {
        return transactions.read(handle -> {
            BookableService service = BookableService.resolve(handle, enterprises, caller, request.serviceId(), null);
            Stay range = range(request.firstTimeUnitStartUtc(), request.lastTimeUnitStartUtc(), request.startUtc(),
                    request.endUtc(), service.zone());
            List<CategoryAvailability> categories = new ArrayList<>();
            for (CategoryNights nights : counts(handle, service, range)) {
                List<Integer> available = new ArrayList<>();
                for (int i = 0; i < nights.nights(); i++) {
                    available.add(nights.available(i));
                }
                categories.add(new CategoryAvailability(nights.categoryId(), available, nights.adjustments()));
            }
            List<Instant> starts = TimeUnits.starts(range, service.zone());
            return new GetResult(starts, starts, categories);
        });
    }

    public record GetMetricsRequest(UUID serviceId, Instant firstTimeUnitStartUtc, Instant lastTimeUnitStartUtc,
                                    List<AvailabilityMetric> metrics) {
        public GetMetricsRequest {
            Require.present(firstTimeUnitStartUtc, "FirstTimeUnitStartUtc");
            Require.present(lastTimeUnitStartUtc, "LastTimeUnitStartUtc");
        }
    }

    public record CategoryMetrics(UUID resourceCategoryId, Map<String, List<Integer>> metrics) {
    }

    public record GetMetricsResult(List<Instant> timeUnitStartsUtc, List<CategoryMetrics> resourceCategoryAvailabilities) {
    }

    public GetMetricsResult getMetrics(GetMetricsRequest request, Caller caller) {
        List<AvailabilityMetric> metrics = List.copyOf(new LinkedHashSet<>(Require.notEmpty(request.metrics(), "Metrics")));
        return transactions.read(handle -> {
            BookableService service = BookableService.resolve(handle, enterprises, caller, request.serviceId(), null);
            Stay range = TimeUnits.range(request.firstTimeUnitStartUtc(), request.lastTimeUnitStartUtc(),
                    service.zone(), "FirstTimeUnitStartUtc", "LastTimeUnitStartUtc");
            List<CategoryMetrics> categories = new ArrayList<>();
            for (CategoryNights nights : counts(handle, service, range)) {
                Map<String, List<Integer>> values = new LinkedHashMap<>();
                for (AvailabilityMetric metric : metrics) {
                    List<Integer> perNight = new ArrayList<>();
                    for (int i = 0; i < nights.nights(); i++) {
                        perNight.add(metric.valueOn(nights, i));
                    }
                    values.put(metric.name(), perNight);
                }
                categories.add(new CategoryMetrics(nights.categoryId(), values));
            }
            return new GetMetricsResult(TimeUnits.starts(range, service.zone()), categories);
        });
    }

    public record UpdateRequest(UUID serviceId, List<AvailabilityUpdate> availabilityUpdates) {
    }

    /**
     * One adjustment; {@code UnitCountAdjustment: {}} (no Value) removes the adjustments of the interval. PaxCounts
     * (adjustments per occupancy) is read and type-checked, but not kept: availability here is per unit.
     */
    public record AvailabilityUpdate(Instant firstTimeUnitStartUtc, Instant lastTimeUnitStartUtc, Instant startUtc,
                                     Instant endUtc, UUID resourceCategoryId, UpdateValue<Integer> unitCountAdjustment,
                                     UUID availabilityBlockId, List<PaxCount> paxCounts) {
        public AvailabilityUpdate {
            requireStart(firstTimeUnitStartUtc, startUtc, "FirstTimeUnitStartUtc");
            requireStart(lastTimeUnitStartUtc, endUtc, "LastTimeUnitStartUtc");
            Require.present(resourceCategoryId, "ResourceCategoryId");
            Require.present(unitCountAdjustment, "UnitCountAdjustment");
        }
    }

    /** An adjustment of the units available to {@code PersonCount} guests. */
    public record PaxCount(Integer personCount, Integer unitCount) {
        public PaxCount {
            Require.present(personCount, "PersonCount");
            Require.present(unitCount, "UnitCount");
        }
    }

    /** A time unit start is required unless its deprecated stand-in was sent. */
    private static void requireStart(Instant timeUnitStart, Instant deprecated, String field) {
        if (timeUnitStart == null && deprecated == null) {
            throw new InvalidRequest(field + " is required.");
        }
    }

    public Object update(UpdateRequest request, Caller caller) {
        List<AvailabilityUpdate> updates = Require.notEmpty(request.availabilityUpdates(), "AvailabilityUpdates");
        Require.atMost(updates, 1000, "AvailabilityUpdates");
        transactions.write(tx -> {
            BookableService service = BookableService.resolve(tx.handle(), enterprises, caller, request.serviceId(), null);
            ZoneId zone = service.zone();
            LocalDate today = tx.now().atZone(zone).toLocalDate();
            List<UUID> categoryIds = new ArrayList<>();
            for (int i = 0; i < updates.size(); i++) {
                AvailabilityUpdate update = updates.get(i);
                String field = "AvailabilityUpdates[" + i + "]";
                UUID categoryId = update.resourceCategoryId();
                if (update.availabilityBlockId() != null) {
                    blocks.find(tx.handle(), update.availabilityBlockId())
                            .filter(block -> block.serviceId().equals(service.id()) && block.isActive())
                            .orElseThrow(() -> new InvalidRequest(field
                                    + ".AvailabilityBlockId does not identify an availability block of the service."));
                }
                boolean ofService = catalogue.category(tx.handle(), categoryId)
                        .filter(category -> category.serviceId().equals(service.id()))
                        .isPresent();
                if (!ofService) {
                    throw new InvalidRequest(field + ".ResourceCategoryId " + categoryId
                            + " is not a resource category of the service.");
                }
                categoryIds.add(categoryId);
            }
            availability.lockCategories(tx.handle(), categoryIds);
            for (int i = 0; i < updates.size(); i++) {
                AvailabilityUpdate update = updates.get(i);
                String field = "AvailabilityUpdates[" + i + "]";
                Stay range = range(update.firstTimeUnitStartUtc(), update.lastTimeUnitStartUtc(), update.startUtc(),
                        update.endUtc(), zone, field);
                if (range.firstNight().isBefore(today)) {
                    throw new Forbidden("The availability of past days cannot be changed (the first day was "
                            + range.firstNight() + ", today is " + today + ").");
                }
                if (range.lastNight().isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
                    throw new Forbidden("Availability can be changed at most " + MAX_YEARS_AHEAD + " years ahead.");
                }
                Integer units = update.unitCountAdjustment().value();
                if (update.availabilityBlockId() != null) {
                    allocate(tx, service, update.availabilityBlockId(), categoryIds.get(i), range, units);
                } else if (units == null) {
                    store.remove(tx.handle(), categoryIds.get(i), range);
                } else {
                    store.set(tx.handle(), service.enterpriseId(), service.id(), categoryIds.get(i), range, units, tx.now());
                }
            }
            return null;
        });
        return null;
    }

    /**
     * Sets the units the block holds of the category on the nights of the range (none when {@code units} is null):
     * the block's adjustments of the category overlapping the range keep only their nights outside it.
     */
    private void allocate(Tx tx, BookableService service, UUID blockId, UUID categoryId, Stay range, Integer units) {
        ZoneId zone = service.zone();
        for (AvailabilityAdjustment existing : blocks.activeAdjustments(tx.handle(), blockId, categoryId,
                range.firstNight(), range.lastNight())) {
            blocks.deactivate(tx.handle(), existing, tx.now());
            LocalDate first = LocalDate.ofInstant(existing.firstTimeUnitStartUtc(), zone);
            LocalDate last = LocalDate.ofInstant(existing.lastTimeUnitStartUtc(), zone);
            if (first.isBefore(range.firstNight())) {
                insertAdjustment(tx, service, blockId, categoryId, first, range.firstNight().minusDays(1),
                        existing.unitCount());
            }
            if (last.isAfter(range.lastNight())) {
                insertAdjustment(tx, service, blockId, categoryId, range.lastNight().plusDays(1), last,
                        existing.unitCount());
            }
        }
        if (units != null) {
            insertAdjustment(tx, service, blockId, categoryId, range.firstNight(), range.lastNight(), units);
        }
    }

    private void insertAdjustment(Tx tx, BookableService service, UUID blockId, UUID categoryId, LocalDate first,
                                  LocalDate last, int units) {
        ZoneId zone = service.zone();
        Instant firstStart = Stay.unitStart(first, zone);
        Instant lastStart = Stay.unitStart(last, zone);
        blocks.insert(tx.handle(), service.enterpriseId(), new AvailabilityAdjustment(ids.get(), blockId, categoryId,
                firstStart, Stay.unitStart(last.plusDays(1), zone), firstStart, lastStart, units, "Active", null,
                tx.now(), true, null, null), zone);
    }

    private List<CategoryNights> counts(org.jdbi.v3.core.Handle handle, BookableService service, Stay range) {
        List<CategoryNights> counts = new ArrayList<>();
        for (UUID categoryId : catalogue.categoryIds(handle, service.id())) {
            counts.add(availability.count(handle, service.enterpriseId(), categoryId, range.firstNight(),
                    range.lastNight(), service.zone(), null));
        }
        return counts;
    }

    /** The nights of a request: from its time unit starts, or from the deprecated StartUtc and EndUtc. */
    private static Stay range(Instant first, Instant last, Instant start, Instant end, ZoneId zone) {
        return range(first, last, start, end, zone, null);
    }

    private static Stay range(Instant first, Instant last, Instant start, Instant end, ZoneId zone, String prefix) {
        String at = prefix == null ? "" : prefix + ".";
        if (first == null && last == null && start != null && end != null) {
            return TimeUnits.range(start.atZone(zone).toLocalDate(), end.atZone(zone).toLocalDate(), at + "StartUtc",
                    at + "EndUtc");
        }
        return TimeUnits.range(first, last, zone, at + "FirstTimeUnitStartUtc", at + "LastTimeUnitStartUtc");
    }
}
