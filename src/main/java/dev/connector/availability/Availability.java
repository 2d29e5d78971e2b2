package dev.connector.availability;

import dev.connector.api.Forbidden;
import dev.connector.api.InvalidRequest;
import dev.connector.resources.ResourceCategory;
import dev.connector.services.Catalogue;
import dev.connector.store.Documents;
import dev.connector.store.Dialect;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * How many units of a resource category are free per night, and which room a stay can have. Booking code calls
 * {@link #lockCategories} first, so that the count it checks is still true when its transaction commits:
 * on PostgreSQL the category rows are locked, on SQLite the IMMEDIATE transaction already serialises writers.
 * Stateless and thread-safe.
 */
public final class Availability {

    private final Dialect dialect;
    private final Catalogue catalogue;
    private final Documents documents;
    private final Clock clock;

    public Availability(Dialect dialect, Catalogue catalogue, Documents documents, Clock clock) {
        this.dialect = dialect;
        this.catalogue = catalogue;
        this.documents = documents;
        this.clock = clock;
    }

    /** Locks the categories' rows until the transaction ends, in id order so that two writers never deadlock. */
    public void lockCategories(Handle handle, Collection<UUID> categoryIds) {
        if (categoryIds.isEmpty()) {
            return;
        }
        handle.createQuery("SELECT id FROM resource_categories WHERE id IN (<ids>) ORDER BY id" + dialect.forUpdate())
                .bindList("ids", categoryIds.stream().map(UUID::toString).sorted().distinct().toList())
                .mapTo(String.class)
                .list();
    }

    /**
     * The counts of a category for the nights {@code first..last}; {@code excludingReservationId} (may be null) is
     * left out, so that a reservation being changed does not compete with itself.
     */
    public CategoryNights count(Handle handle, UUID enterpriseId, UUID categoryId, LocalDate first, LocalDate last,
                                ZoneId zone, UUID excludingReservationId) {
        int size = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
        int active = catalogue.activeResourceIds(handle, categoryId).size();
        List<Integer> activeResources = Collections.nCopies(size, active);
        int[] outOfOrder = outOfOrder(handle, categoryId, first, size, zone);
        int[] occupied = new int[size];
        int[] confirmed = new int[size];
        int[] optional = new int[size];
        handle.createQuery("""
                        SELECT first_night, last_night, state FROM reservations
                        WHERE requested_category_id = :categoryId AND state <> 'Canceled'
                          AND first_night <= :last AND last_night >= :first AND id <> :excluded""")
                .bind("categoryId", categoryId.toString())
                .bind("first", first.toString())
                .bind("last", last.toString())
                .bind("excluded", excludingReservationId == null ? "" : excludingReservationId.toString())
                .map((rs, ctx) -> new Held(LocalDate.parse(rs.getString("first_night")),
                        LocalDate.parse(rs.getString("last_night")), rs.getString("state")))
                .forEach(held -> {
                    int from = (int) Math.max(0, held.first().toEpochDay() - first.toEpochDay());
                    int to = (int) Math.min(size - 1, held.last().toEpochDay() - first.toEpochDay());
                    for (int i = from; i <= to; i++) {
                        occupied[i]++;
                        switch (held.state()) {
                            case "Confirmed", "Started", "Processed" -> confirmed[i]++;
                            case "Optional" -> optional[i]++;
                            default -> {
                            }
                        }
                    }
                });
        int[] adjustments = new int[size];
        handle.createQuery("""
                        SELECT night, unit_count FROM service_availability_adjustments
                        WHERE category_id = :categoryId AND night >= :first AND night <= :last""")
                .bind("categoryId", categoryId.toString())
                .bind("first", first.toString())
                .bind("last", last.toString())
                .map((rs, ctx) -> Map.entry(LocalDate.parse(rs.getString("night")), rs.getInt("unit_count")))
                .forEach(entry -> adjustments[(int) (entry.getKey().toEpochDay() - first.toEpochDay())] = entry.getValue());
        BlockAllocations.Held blocks = BlockAllocations.of(handle, categoryId, first, size, zone, clock.instant(), null,
                excludingReservationId);
        return new CategoryNights(categoryId, first, activeResources, list(outOfOrder), list(occupied), list(confirmed),
                list(optional), list(adjustments), list(blocks.allocated()), list(blocks.remaining()));
    }

    /**
     * Fails with a message for the front desk when the category has no unit left on one of the stay's nights and
     * the service's overbooking limit of that night (serviceOverbookingLimits/set) does not cover one more unit.
     * Call it after {@link #lockCategories}.
     */
    public void requireFree(Handle handle, UUID enterpriseId, UUID categoryId, Stay stay, ZoneId zone,
                            UUID excludingReservationId, String languageCode) {
        CategoryNights nights = count(handle, enterpriseId, categoryId, stay.firstNight(), stay.lastNight(), zone,
                excludingReservationId);
        List<Integer> full = new ArrayList<>();
        for (int i = 0; i < nights.nights(); i++) {
            if (nights.available(i) < 1) {
                full.add(i);
            }
        }
        if (full.isEmpty()) {
            return;
        }
        requireOverbookingAllowed(handle, enterpriseId, categoryId, stay, zone, excludingReservationId, languageCode,
                nights, full);
    }

    /**
     * The service's overbooking limit of a night lets it sell that many units beyond what its categories have:
     * the units sold beyond availability, summed over the service's categories and counting this stay, must stay
     * within the limit on every night the category is full. The service row is locked first, so that two writers
     * overbooking different categories of the service cannot both take the last overbookable unit.
     */
    private void requireOverbookingAllowed(Handle handle, UUID enterpriseId, UUID categoryId, Stay stay, ZoneId zone,
                                           UUID excludingReservationId, String languageCode, CategoryNights nights,
                                           List<Integer> full) {
        String serviceId = handle.createQuery("SELECT service_id FROM resource_categories WHERE id = :id")
                .bind("id", categoryId.toString())
                .mapTo(String.class)
                .findOne()
                .orElse(null);
        Map<LocalDate, Integer> limits = serviceId == null ? Map.of() : overbookingLimits(handle, serviceId, stay);
        Optional<Integer> unlimited = full.stream()
                .filter(i -> limits.getOrDefault(nights.night(i), 0) < 1)
                .findFirst();
        if (unlimited.isPresent()) {
            int refused = unlimited.get();
            throw new Forbidden("There is no " + categoryName(handle, categoryId, languageCode)
                    + " left for the night of " + nights.night(refused) + "; choose other dates or another room type.");
        }
        handle.createQuery("SELECT id FROM services WHERE id = :id" + dialect.forUpdate())
                .bind("id", serviceId)
                .mapTo(String.class)
                .list();
        List<CategoryNights> others = new ArrayList<>();
        for (String otherId : handle.createQuery("""
                        SELECT id FROM resource_categories WHERE service_id = :serviceId AND is_active = :active
                          AND id <> :categoryId ORDER BY id""")
                .bind("serviceId", serviceId)
                .bind("active", true)
                .bind("categoryId", categoryId.toString())
                .mapTo(String.class)
                .list()) {
            others.add(count(handle, enterpriseId, UUID.fromString(otherId), stay.firstNight(), stay.lastNight(), zone,
                    excludingReservationId));
        }
        for (int i : full) {
            int overbooked = 1 - nights.available(i);
            for (CategoryNights other : others) {
                overbooked += Math.max(0, -other.available(i));
            }
            int limit = limits.get(nights.night(i));
            if (overbooked > limit) {
                throw new Forbidden("There is no " + categoryName(handle, categoryId, languageCode)
                        + " left for the night of " + nights.night(i) + ", and the service's overbooking limit of "
                        + limit + " for that night is used up; choose other dates or another room type.");
            }
        }
    }

    /** The service's active overbooking limit on each of the stay's nights that has one. */
    private Map<LocalDate, Integer> overbookingLimits(Handle handle, String serviceId, Stay stay) {
        Map<LocalDate, Integer> limits = new HashMap<>();
        handle.createQuery("""
                        SELECT first_night, last_night, limit_count FROM service_overbooking_limits
                        WHERE service_id = :serviceId AND is_active = :active AND first_night <= :last
                          AND last_night >= :first""")
                .bind("serviceId", serviceId)
                .bind("active", true)
                .bind("first", stay.firstNight().toString())
                .bind("last", stay.lastNight().toString())
                .map((rs, ctx) -> new Limit(LocalDate.parse(rs.getString("first_night")),
                        LocalDate.parse(rs.getString("last_night")), rs.getInt("limit_count")))
                .forEach(limit -> {
                    for (LocalDate night : stay.nights()) {
                        if (!night.isBefore(limit.first()) && !night.isAfter(limit.last())) {
                            limits.merge(night, limit.count(), Math::max);
                        }
                    }
                });
        return limits;
    }

    /**
     * Fails with a message for the front desk when the availability block has no unit of the category left unused
     * on one of the stay's nights (a reservation picked up into a block takes one of its units).
     */
    public void requireBlockFree(Handle handle, UUID serviceId, UUID blockId, UUID categoryId, Stay stay, ZoneId zone,
                                 UUID excludingReservationId, String languageCode, String field) {
        String state = handle.createQuery("SELECT state FROM availability_blocks WHERE id = :id"
                        + " AND service_id = :serviceId AND is_active = :active")
                .bind("id", blockId.toString())
                .bind("serviceId", serviceId.toString())
                .bind("active", true)
                .mapTo(String.class)
                .findOne()
                .orElseThrow(() -> new InvalidRequest(field + " does not identify an availability block of the service."));
        if (!"Confirmed".equals(state)) {
            throw new Forbidden("Reservations can only be added to a confirmed availability block; this one is "
                    + state + ".");
        }
        int size = stay.length();
        BlockAllocations.Held held = BlockAllocations.of(handle, categoryId, stay.firstNight(), size, zone,
                clock.instant(), blockId, excludingReservationId);
        for (int i = 0; i < size; i++) {
            if (held.remaining()[i] < 1) {
                throw new Forbidden("The availability block has no " + categoryName(handle, categoryId, languageCode)
                        + " left for the night of " + stay.firstNight().plusDays(i)
                        + "; add units to the block or book outside it.");
            }
        }
    }

    /** The first room (by number) of the category that is in order and not held by another reservation. */
    public Optional<UUID> freeRoom(Handle handle, UUID enterpriseId, UUID categoryId, Stay stay, ZoneId zone,
                                   UUID excludingReservationId) {
        Set<UUID> blocked = blockedRooms(handle, enterpriseId, stay, zone);
        for (UUID roomId : catalogue.activeResourceIds(handle, categoryId)) {
            if (!blocked.contains(roomId) && !isHeld(handle, roomId, stay, excludingReservationId)) {
                return Optional.of(roomId);
            }
        }
        return Optional.empty();
    }

    /** True when the room is in order for the whole stay and no other reservation holds it on any of its nights. */
    public boolean isRoomFree(Handle handle, UUID enterpriseId, UUID roomId, Stay stay, ZoneId zone,
                              UUID excludingReservationId) {
        return !blockedRooms(handle, enterpriseId, stay, zone).contains(roomId)
                && !isHeld(handle, roomId, stay, excludingReservationId);
    }

    /** The category's name in the language (or any name it has), for messages. */
    public String categoryName(Handle handle, UUID categoryId, String languageCode) {
        Map<String, String> names = handle.createQuery("SELECT doc FROM resource_categories WHERE id = :id")
                .bind("id", categoryId.toString())
                .map((rs, ctx) -> documents.read(rs.getString("doc"), ResourceCategory.class).names())
                .findOne()
                .orElse(Map.of());
        if (languageCode != null && names.containsKey(languageCode)) {
            return names.get(languageCode);
        }
        return names.values().stream().findFirst().orElse("room of this type");
    }

    private boolean isHeld(Handle handle, UUID roomId, Stay stay, UUID excludingReservationId) {
        return handle.createQuery("""
                        SELECT COUNT(*) FROM reservations
                        WHERE assigned_resource_id = :roomId AND state <> 'Canceled'
                          AND first_night <= :last AND last_night >= :first AND id <> :excluded""")
                .bind("roomId", roomId.toString())
                .bind("first", stay.firstNight().toString())
                .bind("last", stay.lastNight().toString())
                .bind("excluded", excludingReservationId == null ? "" : excludingReservationId.toString())
                .mapTo(Integer.class)
                .one() > 0;
    }

    private Set<UUID> blockedRooms(Handle handle, UUID enterpriseId, Stay stay, ZoneId zone) {
        return catalogue.blockedResourceIds(handle, enterpriseId, Stay.unitStart(stay.firstNight(), zone),
                Stay.unitStart(stay.lastNight().plusDays(1), zone));
    }

    /** Per night, how many of the category's rooms are blocked (out of order, internal use) during that day. */
    private int[] outOfOrder(Handle handle, UUID categoryId, LocalDate first, int size, ZoneId zone) {
        Instant rangeStart = Stay.unitStart(first, zone);
        Instant rangeEnd = Stay.unitStart(first.plusDays(size), zone);
        Map<Integer, Set<String>> blockedPerNight = new HashMap<>();
        handle.createQuery("""
                        SELECT b.resource_id, b.start_utc, b.end_utc FROM resource_blocks b
                        JOIN resource_category_assignments a ON a.resource_id = b.resource_id
                        JOIN resources r ON r.id = b.resource_id
                        WHERE a.category_id = :categoryId AND a.is_active = :active AND r.is_active = :active
                          AND b.is_active = :active AND b.start_utc < :rangeEnd AND b.end_utc > :rangeStart""")
                .bind("categoryId", categoryId.toString())
                .bind("active", true)
                .bind("rangeStart", rangeStart.toEpochMilli())
                .bind("rangeEnd", rangeEnd.toEpochMilli())
                .map((rs, ctx) -> new Block(rs.getString("resource_id"), rs.getLong("start_utc"), rs.getLong("end_utc")))
                .forEach(block -> {
                    for (int i = 0; i < size; i++) {
                        long nightStart = Stay.unitStart(first.plusDays(i), zone).toEpochMilli();
                        long nightEnd = Stay.unitStart(first.plusDays(i + 1), zone).toEpochMilli();
                        if (block.start() < nightEnd && block.end() > nightStart) {
                            blockedPerNight.computeIfAbsent(i, key -> new HashSet<>()).add(block.resourceId());
                        }
                    }
                });
        int[] counts = new int[size];
        blockedPerNight.forEach((night, rooms) -> counts[night] = rooms.size());
        return counts;
    }

    private static List<Integer> list(int[] values) {
        List<Integer> list = new ArrayList<>(values.length);
        for (int value : values) {
            list.add(value);
        }
        return List.copyOf(list);
    }

    private record Held(LocalDate first, LocalDate last, String state) {
    }

    private record Block(String resourceId, long start, long end) {
    }

    /** An overbooking limit's nights (enterprise-local dates of its time units) and count. */
    private record Limit(LocalDate first, LocalDate last, int count) {
    }
}
