package dev.connector.services;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Read helpers over the catalogue (services, categories, rooms, rates) for other features, such as reservations
 * checking what a booking refers to. Each answer names the enterprise the item belongs to, so that the caller
 * can check it against the access token. Stateless and thread-safe: create one with {@code new Catalogue()}.
 */
public final class Catalogue {

    /** The bookable (stay) service of an enterprise and its default check-in and check-out local times. */
    public record StayService(UUID id, UUID enterpriseId, LocalTime startTime, LocalTime endTime) {
    }

    /** A resource category (room type). */
    public record Category(UUID id, UUID enterpriseId, UUID serviceId, String type, int capacity, boolean isActive) {
    }

    /** A resource (room) with its state and its active category (null when it has none). */
    public record Room(UUID id, UUID enterpriseId, String name, String state, boolean isActive, UUID categoryId) {
    }

    /** A rate: its service, and its base rate when it is a dependent one. */
    public record RateRef(UUID id, UUID enterpriseId, UUID serviceId, UUID baseRateId, boolean isActive) {
    }

    /** The enterprise's first active bookable service (the standard setup creates exactly one). */
    public Optional<StayService> stayService(Handle handle, UUID enterpriseId) {
        return handle.createQuery("""
                        SELECT id, enterprise_id, start_time, end_time FROM services
                        WHERE enterprise_id = :enterpriseId AND type = 'Bookable' AND is_active = :active
                        ORDER BY seq LIMIT 1""")
                .bind("enterpriseId", enterpriseId.toString())
                .bind("active", true)
                .map((rs, ctx) -> new StayService(uuid(rs, "id"), uuid(rs, "enterprise_id"),
                        time(rs.getString("start_time"), LocalTime.of(15, 0)),
                        time(rs.getString("end_time"), LocalTime.of(11, 0))))
                .findOne();
    }

    /** The enterprise a service belongs to, empty when the service does not exist. */
    public Optional<UUID> enterpriseOfService(Handle handle, UUID serviceId) {
        return handle.createQuery("SELECT enterprise_id FROM services WHERE id = :id")
                .bind("id", serviceId.toString())
                .map((rs, ctx) -> uuid(rs, "enterprise_id"))
                .findOne();
    }

    /** The active resource categories of a service, in their presentation order. */
    public List<UUID> categoryIds(Handle handle, UUID serviceId) {
        return handle.createQuery("""
                        SELECT id FROM resource_categories WHERE service_id = :serviceId AND is_active = :active
                        ORDER BY ordering, seq""")
                .bind("serviceId", serviceId.toString())
                .bind("active", true)
                .map((rs, ctx) -> uuid(rs, "id"))
                .list();
    }

    public Optional<Category> category(Handle handle, UUID categoryId) {
        return handle.createQuery("""
                        SELECT id, enterprise_id, service_id, type, capacity, is_active FROM resource_categories
                        WHERE id = :id""")
                .bind("id", categoryId.toString())
                .map((rs, ctx) -> new Category(uuid(rs, "id"), uuid(rs, "enterprise_id"), uuid(rs, "service_id"),
                        rs.getString("type"), rs.getInt("capacity"), rs.getBoolean("is_active")))
                .findOne();
    }

    /** The active resources actively assigned to a category, ordered by name (room number). */
    public List<UUID> activeResourceIds(Handle handle, UUID categoryId) {
        return handle.createQuery("""
                        SELECT r.id FROM resources r
                        JOIN resource_category_assignments a ON a.resource_id = r.id
                        WHERE a.category_id = :categoryId AND a.is_active = :active AND r.is_active = :active
                        ORDER BY r.name, r.seq""")
                .bind("categoryId", categoryId.toString())
                .bind("active", true)
                .map((rs, ctx) -> uuid(rs, "id"))
                .list();
    }

    public Optional<Room> room(Handle handle, UUID resourceId) {
        return handle.createQuery("""
                        SELECT r.id, r.enterprise_id, r.name, r.state, r.is_active,
                            (SELECT a.category_id FROM resource_category_assignments a
                             WHERE a.resource_id = r.id AND a.is_active = :active ORDER BY a.seq LIMIT 1) AS category_id
                        FROM resources r WHERE r.id = :id""")
                .bind("id", resourceId.toString())
                .bind("active", true)
                .map((rs, ctx) -> new Room(uuid(rs, "id"), uuid(rs, "enterprise_id"), rs.getString("name"),
                        rs.getString("state"), rs.getBoolean("is_active"), uuid(rs, "category_id")))
                .findOne();
    }

    public Optional<RateRef> rate(Handle handle, UUID rateId) {
        return handle.createQuery("SELECT id, enterprise_id, service_id, base_rate_id, is_active FROM rates WHERE id = :id")
                .bind("id", rateId.toString())
                .map((rs, ctx) -> new RateRef(uuid(rs, "id"), uuid(rs, "enterprise_id"), uuid(rs, "service_id"),
                        uuid(rs, "base_rate_id"), rs.getBoolean("is_active")))
                .findOne();
    }

    /** The service's default rate: its first active base rate. */
    public Optional<UUID> defaultRateId(Handle handle, UUID serviceId) {
        return handle.createQuery("""
                        SELECT id FROM rates WHERE service_id = :serviceId AND is_active = :active AND base_rate_id IS NULL
                        ORDER BY seq LIMIT 1""")
                .bind("serviceId", serviceId.toString())
                .bind("active", true)
                .map((rs, ctx) -> uuid(rs, "id"))
                .findOne();
    }

    /** The service's first active age category of a classification ({@code Adult} or {@code Child}). */
    public Optional<UUID> ageCategoryId(Handle handle, UUID serviceId, String classification) {
        return handle.createQuery("""
                        SELECT id FROM age_categories
                        WHERE service_id = :serviceId AND classification = :classification AND is_active = :active
                        ORDER BY seq LIMIT 1""")
                .bind("serviceId", serviceId.toString())
                .bind("classification", classification)
                .bind("active", true)
                .map((rs, ctx) -> uuid(rs, "id"))
                .findOne();
    }

    /**
     * Resources of the enterprise with an active resource block overlapping {@code [startUtc, endUtc)}: not
     * available for a stay in that interval.
     */
    public Set<UUID> blockedResourceIds(Handle handle, UUID enterpriseId, Instant startUtc, Instant endUtc) {
        return new HashSet<>(handle.createQuery("""
                        SELECT DISTINCT resource_id FROM resource_blocks
                        WHERE enterprise_id = :enterpriseId AND is_active = :active
                          AND start_utc < :endUtc AND end_utc > :startUtc""")
                .bind("enterpriseId", enterpriseId.toString())
                .bind("active", true)
                .bind("startUtc", startUtc.toEpochMilli())
                .bind("endUtc", endUtc.toEpochMilli())
                .map((rs, ctx) -> uuid(rs, "resource_id"))
                .list());
    }

    private static UUID uuid(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : UUID.fromString(value);
    }

    private static LocalTime time(String value, LocalTime fallback) {
        return value == null ? fallback : LocalTime.parse(value);
    }
}
