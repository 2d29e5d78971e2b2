package dev.connector.availability;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * What availability blocks hold of a resource category per night: the units allocated to blocks that are neither
 * canceled nor released, and of those, the units no reservation of the block has picked up yet. Only the latter
 * are taken out of public availability, as picked-up reservations are counted as occupied already.
 */
final class BlockAllocations {

    /** Per night from the first: units allocated to blocks, and units still unused by their reservations. */
    record Held(int[] allocated, int[] remaining) {
    }

    private record Allocation(String blockId, LocalDate first, LocalDate last, int units, LocalDate blockFirst,
                              LocalDate blockLast, Long releasedUtc, Long rollingMillis) {
    }

    private BlockAllocations() {
    }

    /**
     * The holds on the nights {@code first .. first + size - 1}; only the block {@code onlyBlockId} when it is not
     * null, and without the reservation {@code excludingReservationId} (may be null) among the pickups.
     */
    static Held of(Handle handle, UUID categoryId, LocalDate first, int size, ZoneId zone, Instant now,
                   UUID onlyBlockId, UUID excludingReservationId) {
        LocalDate last = first.plusDays(size - 1L);
        List<Allocation> allocations = new ArrayList<>();
        handle.createQuery("""
                        SELECT a.availability_block_id, a.first_night, a.last_night, a.unit_count,
                            b.first_time_unit_start_utc, b.last_time_unit_start_utc, b.released_utc,
                            b.rolling_release_millis
                        FROM availability_adjustments a JOIN availability_blocks b ON b.id = a.availability_block_id
                        WHERE a.resource_category_id = :categoryId AND a.is_active = :active AND b.is_active = :active
                          AND b.state <> 'Canceled' AND a.first_night <= :last AND a.last_night >= :first
                          AND (:onlyBlock = '' OR b.id = :onlyBlock)""")
                .bind("categoryId", categoryId.toString())
                .bind("active", true)
                .bind("first", first.toString())
                .bind("last", last.toString())
                .bind("onlyBlock", onlyBlockId == null ? "" : onlyBlockId.toString())
                .map((rs, ctx) -> new Allocation(rs.getString(1), LocalDate.parse(rs.getString(2)),
                        LocalDate.parse(rs.getString(3)), rs.getInt(4),
                        LocalDate.ofInstant(Instant.ofEpochMilli(rs.getLong(5)), zone),
                        LocalDate.ofInstant(Instant.ofEpochMilli(rs.getLong(6)), zone),
                        rs.getObject(7) == null ? null : rs.getLong(7),
                        rs.getObject(8) == null ? null : rs.getLong(8)))
                .forEach(allocations::add);
        int[] allocated = new int[size];
        int[] remaining = new int[size];
        if (allocations.isEmpty()) {
            return new Held(allocated, remaining);
        }
        Map<String, int[]> unitsPerBlock = new HashMap<>();
        for (Allocation allocation : allocations) {
            int[] units = unitsPerBlock.computeIfAbsent(allocation.blockId(), id -> new int[size]);
            for (int i = 0; i < size; i++) {
                LocalDate night = first.plusDays(i);
                boolean inAllocation = !night.isBefore(allocation.first()) && !night.isAfter(allocation.last());
                boolean inBlock = !night.isBefore(allocation.blockFirst()) && !night.isAfter(allocation.blockLast());
                if (inAllocation && inBlock && !released(allocation, night, zone, now)) {
                    units[i] += allocation.units();
                }
            }
        }
        Map<String, int[]> picked = pickups(handle, categoryId, first, last, size, unitsPerBlock.keySet().stream().toList(),
                excludingReservationId);
        unitsPerBlock.forEach((blockId, units) -> {
            int[] pickedUp = picked.getOrDefault(blockId, new int[size]);
            for (int i = 0; i < size; i++) {
                allocated[i] += units[i];
                remaining[i] += Math.max(0, units[i] - pickedUp[i]);
            }
        });
        return new Held(allocated, remaining);
    }

    private static boolean released(Allocation allocation, LocalDate night, ZoneId zone, Instant now) {
        if (allocation.releasedUtc() != null) {
            return now.toEpochMilli() >= allocation.releasedUtc();
        }
        if (allocation.rollingMillis() != null) {
            long releaseAt = night.atStartOfDay(zone).toInstant().toEpochMilli() + allocation.rollingMillis();
            return now.toEpochMilli() >= releaseAt;
        }
        return false;
    }

    private static Map<String, int[]> pickups(Handle handle, UUID categoryId, LocalDate first, LocalDate last, int size,
                                              List<String> blockIds, UUID excludingReservationId) {
        Map<String, int[]> picked = new HashMap<>();
        handle.createQuery("""
                        SELECT availability_block_id, first_night, last_night FROM reservations
                        WHERE availability_block_id IN (<blocks>) AND requested_category_id = :categoryId
                          AND state <> 'Canceled' AND first_night <= :last AND last_night >= :first
                          AND id <> :excluded""")
                .bindList("blocks", blockIds)
                .bind("categoryId", categoryId.toString())
                .bind("first", first.toString())
                .bind("last", last.toString())
                .bind("excluded", excludingReservationId == null ? "" : excludingReservationId.toString())
                .map((rs, ctx) -> new Object[] {rs.getString(1), LocalDate.parse(rs.getString(2)),
                    LocalDate.parse(rs.getString(3))})
                .forEach(row -> {
                    int[] counts = picked.computeIfAbsent((String) row[0], id -> new int[size]);
                    int from = (int) Math.max(0, ((LocalDate) row[1]).toEpochDay() - first.toEpochDay());
                    int to = (int) Math.min(size - 1, ((LocalDate) row[2]).toEpochDay() - first.toEpochDay());
                    for (int i = from; i <= to; i++) {
                        counts[i]++;
                    }
                });
        return picked;
    }
}
