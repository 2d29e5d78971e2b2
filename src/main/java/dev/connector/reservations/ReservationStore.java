package dev.connector.reservations;

import com.fasterxml.jackson.databind.util.RawValue;
import dev.connector.api.Limitation;
import dev.connector.availability.Stay;
import dev.connector.store.Columns;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

/** SQL for reservations and reservation groups: filter columns plus the API shape in {@code doc}. */
public final class ReservationStore {

    private final Documents documents;

    public ReservationStore(Documents documents) {
        this.documents = documents;
    }

    // -- reservations --

    public void insert(Handle handle, UUID enterpriseId, Reservation reservation, Stay stay) {
        bindColumns(handle.createUpdate("""
                        INSERT INTO reservations (id, enterprise_id, service_id, group_id, account_id, number, state,
                            requested_category_id, assigned_resource_id, rate_id, channel_number, partner_company_id,
                            travel_agency_id, scheduled_start_utc,
                            scheduled_end_utc, actual_start_utc, actual_end_utc, first_night, last_night, created_utc,
                            updated_utc, cancelled_utc, doc, doc_shape, availability_block_id)
                        VALUES (:id, :enterpriseId, :serviceId, :groupId, :accountId, :number, :state, :categoryId,
                            :resourceId, :rateId, :channelNumber, :partnerCompanyId, :travelAgencyId, :scheduledStart,
                            :scheduledEnd, :actualStart, :actualEnd, :firstNight, :lastNight, :created, :updated,
                            :cancelled, :doc, :docShape, :availabilityBlockId)"""), reservation, stay)
                .bind("enterpriseId", enterpriseId.toString())
                .bind("serviceId", reservation.serviceId().toString())
                .bind("number", reservation.number())
                .bind("created", reservation.createdUtc().toEpochMilli())
                .execute();
    }

    public void update(Handle handle, Reservation reservation, Stay stay) {
        bindColumns(handle.createUpdate("""
                        UPDATE reservations SET group_id = :groupId, account_id = :accountId, state = :state,
                            requested_category_id = :categoryId, assigned_resource_id = :resourceId, rate_id = :rateId,
                            channel_number = :channelNumber, partner_company_id = :partnerCompanyId,
                            travel_agency_id = :travelAgencyId, scheduled_start_utc = :scheduledStart,
                            scheduled_end_utc = :scheduledEnd, actual_start_utc = :actualStart,
                            actual_end_utc = :actualEnd, first_night = :firstNight, last_night = :lastNight,
                            updated_utc = :updated, cancelled_utc = :cancelled, doc = :doc, doc_shape = :docShape,
                            availability_block_id = :availabilityBlockId
                        WHERE id = :id"""), reservation, stay)
                .execute();
    }

    private <S extends SqlStatement<S>> S bindColumns(S statement, Reservation reservation, Stay stay) {
        return documents.bindDocument(statement, reservation)
                .bind("id", reservation.id().toString())
                .bind("groupId", reservation.groupId().toString())
                .bind("accountId", reservation.accountId().toString())
                .bind("state", reservation.state().name())
                .bind("categoryId", reservation.requestedResourceCategoryId().toString())
                .bind("resourceId", Columns.text(reservation.assignedResourceId()))
                .bind("rateId", reservation.rateId().toString())
                .bind("channelNumber", reservation.channelNumber())
                .bind("partnerCompanyId", Columns.text(reservation.partnerCompanyId()))
                .bind("travelAgencyId", Columns.text(reservation.travelAgencyId()))
                .bind("scheduledStart", reservation.scheduledStartUtc().toEpochMilli())
                .bind("scheduledEnd", reservation.scheduledEndUtc().toEpochMilli())
                .bind("actualStart", millis(reservation.actualStartUtc()))
                .bind("actualEnd", millis(reservation.actualEndUtc()))
                .bind("firstNight", stay.firstNight().toString())
                .bind("lastNight", stay.lastNight().toString())
                .bind("updated", reservation.updatedUtc().toEpochMilli())
                .bind("cancelled", millis(reservation.cancelledUtc()))
                .bind("availabilityBlockId", Columns.text(reservation.availabilityBlockId()));
    }

    /** The reservations of the enterprise with the given ids, in the order asked; unknown ids are left out. */
    public List<Reservation> find(Handle handle, UUID enterpriseId, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Reservation> found = new HashMap<>();
        handle.createQuery("SELECT doc FROM reservations WHERE enterprise_id = :enterpriseId AND id IN (<ids>)")
                .bind("enterpriseId", enterpriseId.toString())
                .bindList("ids", ids.stream().map(UUID::toString).toList())
                .map((rs, ctx) -> read(rs))
                .forEach(reservation -> found.put(reservation.id(), reservation));
        return ids.stream().distinct().filter(found::containsKey).map(found::get).toList();
    }

    public Optional<Reservation> find(Handle handle, UUID enterpriseId, UUID id) {
        return find(handle, enterpriseId, List.of(id)).stream().findFirst();
    }

    /** The checked-in reservations of the enterprise, only those in the room when {@code resourceId} is given. */
    public List<Reservation> started(Handle handle, UUID enterpriseId, UUID resourceId) {
        Filter filter = Filter.where().eq("enterprise_id", enterpriseId).eq("state", ServiceOrderState.Started)
                .eq("assigned_resource_id", resourceId);
        String sql = "SELECT doc FROM reservations WHERE " + filter.conditions() + " ORDER BY seq";
        return filter.bind(handle.createQuery(sql))
                .map((rs, ctx) -> read(rs))
                .list();
    }

    /** The enterprise a reservation belongs to. */
    public Optional<UUID> enterpriseOf(Handle handle, UUID reservationId) {
        return handle.createQuery("SELECT enterprise_id FROM reservations WHERE id = :id")
                .bind("id", reservationId.toString())
                .map((rs, ctx) -> UUID.fromString(rs.getString("enterprise_id")))
                .findOne();
    }

    /** One page of reservations as stored documents (reservations/getAll); {@link #page} reads them as records. */
    public Page<RawValue> documentPage(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetchDocuments(handle, documents, "reservations r", "r", filter, limitation, Reservation.class);
    }

    public Page<Reservation> page(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "r.doc", "reservations r", "r", filter, limitation, (rs, ctx) -> read(rs),
                Reservation::id);
    }

    private Reservation read(ResultSet rs) throws SQLException {
        return documents.read(rs.getString("doc"), Reservation.class);
    }

    // -- groups --

    public void insert(Handle handle, ReservationGroup group, Instant now) {
        handle.createUpdate("""
                        INSERT INTO reservation_groups (id, enterprise_id, name, created_utc, updated_utc, doc)
                        VALUES (:id, :enterpriseId, :name, :now, :now, :doc)""")
                .bind("id", group.id().toString())
                .bind("enterpriseId", group.enterpriseId().toString())
                .bind("name", group.name())
                .bind("now", now.toEpochMilli())
                .bind("doc", documents.write(group))
                .execute();
    }

    /** Marks the group changed (a reservation was added to it). */
    public void touch(Handle handle, UUID groupId, Instant now) {
        handle.createUpdate("UPDATE reservation_groups SET updated_utc = :now WHERE id = :id")
                .bind("id", groupId.toString())
                .bind("now", now.toEpochMilli())
                .execute();
    }

    public Optional<ReservationGroup> group(Handle handle, UUID enterpriseId, UUID groupId) {
        return handle.createQuery("SELECT doc FROM reservation_groups WHERE id = :id AND enterprise_id = :enterpriseId")
                .bind("id", groupId.toString())
                .bind("enterpriseId", enterpriseId.toString())
                .map(documents.rowMapper(ReservationGroup.class))
                .findOne();
    }

    public List<ReservationGroup> groups(Handle handle, List<UUID> groupIds) {
        if (groupIds.isEmpty()) {
            return List.of();
        }
        return handle.createQuery("SELECT doc FROM reservation_groups WHERE id IN (<ids>) ORDER BY seq")
                .bindList("ids", groupIds.stream().map(UUID::toString).distinct().toList())
                .map(documents.rowMapper(ReservationGroup.class))
                .list();
    }

    public Page<ReservationGroup> groups(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "g.doc", "reservation_groups g", "g", filter, limitation,
                documents.rowMapper(ReservationGroup.class), ReservationGroup::id);
    }

    /** Which of the service's age categories are for children, for the 2017 shape's AdultCount and ChildCount. */
    public Map<UUID, Boolean> childAgeCategories(Handle handle, List<UUID> enterpriseIds) {
        Map<UUID, Boolean> children = new HashMap<>();
        if (enterpriseIds.isEmpty()) {
            return children;
        }
        handle.createQuery("SELECT id, classification FROM age_categories WHERE enterprise_id IN (<ids>)")
                .bindList("ids", enterpriseIds.stream().map(UUID::toString).toList())
                .map((rs, ctx) -> Map.entry(UUID.fromString(rs.getString("id")), "Child".equals(rs.getString("classification"))))
                .forEach(entry -> children.put(entry.getKey(), entry.getValue()));
        return children;
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }
}
