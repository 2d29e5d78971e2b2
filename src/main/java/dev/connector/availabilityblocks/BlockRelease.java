package dev.connector.availabilityblocks;

import dev.connector.clock.TimeDrivenEffect;
import dev.connector.enterprises.EnterpriseStore;
import dev.connector.events.DomainEvent;
import dev.connector.events.Tx;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/**
 * The release of availability blocks: at its release moment a block's rooms (all of them for a fixed release, night
 * by night for a rolling one) return to public availability. Availability reads the release at the reader's time, so
 * nothing waits to be applied; during a test clock's advance the release is announced, at its moment, as a
 * {@code PriceUpdate} of the block's rate and categories over the released nights.
 */
final class BlockRelease implements TimeDrivenEffect {

    /** Rooms of one category of a block that return to public availability at {@code moment}. */
    private record Release(Instant moment, UUID rateId, UUID categoryId, Instant firstNight, Instant lastNight) {
    }

    private final EnterpriseStore enterprises;
    private final Supplier<UUID> ids;

    BlockRelease(EnterpriseStore enterprises, Supplier<UUID> ids) {
        this.enterprises = enterprises;
        this.ids = ids;
    }

    @Override
    public String name() {
        return "AvailabilityBlockRelease";
    }

    @Override
    public List<UUID> enterprisesDue(Handle handle, Instant until) {
        return List.of();
    }

    @Override
    public Optional<Instant> nextDue(Handle handle, UUID enterpriseId, Instant after, Instant until) {
        return releases(handle, enterpriseId).stream()
                .map(Release::moment)
                .filter(moment -> moment.isAfter(after) && !moment.isAfter(until))
                .min(Instant::compareTo);
    }

    @Override
    public int apply(Tx tx, UUID enterpriseId, Instant since) {
        int announced = 0;
        for (Release release : releases(tx.handle(), enterpriseId)) {
            if (release.moment().isAfter(since) && !release.moment().isAfter(tx.now())) {
                tx.emit(new DomainEvent.PriceUpdated(enterpriseId, ids.get(), release.firstNight(),
                        release.lastNight(), release.rateId(), release.categoryId()));
                announced++;
            }
        }
        return announced;
    }

    private List<Release> releases(Handle handle, UUID enterpriseId) {
        ZoneId zone = enterprises.find(handle, enterpriseId)
                .map(enterprise -> ZoneId.of(enterprise.timeZoneIdentifier()))
                .orElse(null);
        List<Release> releases = new ArrayList<>();
        if (zone == null) {
            return releases;
        }
        handle.createQuery("""
                        SELECT DISTINCT b.rate_id, a.resource_category_id, b.first_time_unit_start_utc,
                            b.last_time_unit_start_utc, b.released_utc, b.rolling_release_millis
                        FROM availability_blocks b JOIN availability_adjustments a ON a.availability_block_id = b.id
                        WHERE b.enterprise_id = :enterpriseId AND b.is_active = :active AND a.is_active = :active
                          AND b.state <> 'Canceled'
                          AND (b.released_utc IS NOT NULL OR b.rolling_release_millis IS NOT NULL)""")
                .bind("enterpriseId", enterpriseId.toString())
                .bind("active", true)
                .map((rs, ctx) -> {
                    UUID rateId = UUID.fromString(rs.getString(1));
                    UUID categoryId = UUID.fromString(rs.getString(2));
                    Instant first = Instant.ofEpochMilli(rs.getLong(3));
                    Instant last = Instant.ofEpochMilli(rs.getLong(4));
                    if (rs.getObject(5) != null) {
                        return List.of(new Release(Instant.ofEpochMilli(rs.getLong(5)), rateId, categoryId, first,
                                last));
                    }
                    long rolling = rs.getLong(6);
                    List<Release> nights = new ArrayList<>();
                    LocalDate lastNight = LocalDate.ofInstant(last, zone);
                    for (LocalDate night = LocalDate.ofInstant(first, zone); !night.isAfter(lastNight);
                         night = night.plusDays(1)) {
                        Instant start = night.atStartOfDay(zone).toInstant();
                        nights.add(new Release(start.plusMillis(rolling), rateId, categoryId, start, start));
                    }
                    return nights;
                })
                .forEach(releases::addAll);
        return releases;
    }
}
