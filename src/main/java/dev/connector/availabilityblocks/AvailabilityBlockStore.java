package dev.connector.availabilityblocks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.api.Limitation;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** SQL for availability blocks, their adjustments, and the rates they are sold under. */
public final class AvailabilityBlockStore {

    /** The properties of a rate that the deprecated Rates extent shows (the spec's "rate for extent"). */
    private static final List<String> RATE_FOR_EXTENT = List.of("Id", "GroupId", "ServiceId", "BaseRateId",
            "IsBaseRate", "BusinessSegmentId", "IsActive", "IsEnabled", "IsPublic", "Type", "Name", "Names",
            "ShortName", "UpdatedUtc", "ExternalNames", "Description", "ExternalIdentifier");

    private final Documents documents;

    public AvailabilityBlockStore(Documents documents) {
        this.documents = documents;
    }

    public void insert(Handle handle, AvailabilityBlock block) {
        handle.createUpdate("""
                        INSERT INTO availability_blocks (id, enterprise_id, service_id, rate_id, state,
                            external_identifier, is_active, first_time_unit_start_utc, last_time_unit_start_utc,
                            released_utc, rolling_release_millis, created_utc, updated_utc, doc)
                        VALUES (:id, :enterpriseId, :serviceId, :rateId, :state, :externalIdentifier, :isActive,
                            :first, :last, :releasedUtc, :rolling, :createdUtc, :updatedUtc, :doc)""")
                .bind("rolling", ReleaseOffsets.millis(block.rollingReleaseOffset()))
                .bind("id", block.id().toString())
                .bind("enterpriseId", block.enterpriseId().toString())
                .bind("serviceId", block.serviceId().toString())
                .bind("rateId", block.rateId().toString())
                .bind("state", block.state().name())
                .bind("externalIdentifier", block.externalIdentifier())
                .bind("isActive", block.isActive())
                .bind("first", block.firstTimeUnitStartUtc().toEpochMilli())
                .bind("last", block.lastTimeUnitStartUtc().toEpochMilli())
                .bind("releasedUtc", block.releasedUtc() == null ? null : block.releasedUtc().toEpochMilli())
                .bind("createdUtc", block.createdUtc().toEpochMilli())
                .bind("updatedUtc", block.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(block))
                .execute();
    }

    /** Stores an adjustment of a block; its nights are the local dates of its first and last time unit starts. */
    public void insert(Handle handle, UUID enterpriseId, AvailabilityAdjustment adjustment, ZoneId zone) {
        handle.createUpdate("""
                        INSERT INTO availability_adjustments (id, enterprise_id, availability_block_id,
                            resource_category_id, is_active, updated_utc, doc, unit_count, first_night, last_night)
                        VALUES (:id, :enterpriseId, :blockId, :categoryId, :isActive, :updatedUtc, :doc, :units,
                            :firstNight, :lastNight)""")
                .bind("id", adjustment.id().toString())
                .bind("enterpriseId", enterpriseId.toString())
                .bind("blockId", adjustment.availabilityBlockId() == null ? null : adjustment.availabilityBlockId().toString())
                .bind("categoryId", adjustment.resourceCategoryId().toString())
                .bind("isActive", adjustment.isActive())
                .bind("updatedUtc", adjustment.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(adjustment))
                .bind("units", adjustment.unitCount())
                .bind("firstNight", LocalDate.ofInstant(adjustment.firstTimeUnitStartUtc(), zone).toString())
                .bind("lastNight", LocalDate.ofInstant(adjustment.lastTimeUnitStartUtc(), zone).toString())
                .execute();
    }

    /** Marks an adjustment deleted (its document says so too). */
    public void deactivate(Handle handle, AvailabilityAdjustment adjustment, Instant now) {
        AvailabilityAdjustment deleted = new AvailabilityAdjustment(adjustment.id(), adjustment.availabilityBlockId(),
                adjustment.resourceCategoryId(), adjustment.startUtc(), adjustment.endUtc(),
                adjustment.firstTimeUnitStartUtc(), adjustment.lastTimeUnitStartUtc(), adjustment.unitCount(),
                "Deleted", adjustment.releaseOverrideUtc(), now, false, adjustment.paxCounts(),
                adjustment.firstTimeUnitReleaseUtc());
        handle.createUpdate("UPDATE availability_adjustments SET is_active = :active, updated_utc = :updated, doc = :doc"
                        + " WHERE id = :id")
                .bind("active", false)
                .bind("updated", now.toEpochMilli())
                .bind("doc", documents.write(deleted))
                .bind("id", adjustment.id().toString())
                .execute();
    }

    /** The active adjustments of a block for a category whose nights overlap first..last. */
    public List<AvailabilityAdjustment> activeAdjustments(Handle handle, UUID blockId, UUID categoryId, LocalDate first,
                                                          LocalDate last) {
        return handle.createQuery("""
                        SELECT doc FROM availability_adjustments
                        WHERE availability_block_id = :blockId AND resource_category_id = :categoryId
                          AND is_active = :active AND first_night <= :last AND last_night >= :first ORDER BY seq""")
                .bind("blockId", blockId.toString())
                .bind("categoryId", categoryId.toString())
                .bind("active", true)
                .bind("first", first.toString())
                .bind("last", last.toString())
                .map(documents.rowMapper(AvailabilityAdjustment.class))
                .list();
    }

    /** Every active adjustment of the block. */
    public List<AvailabilityAdjustment> activeAdjustments(Handle handle, UUID blockId) {
        return handle.createQuery("SELECT doc FROM availability_adjustments WHERE availability_block_id = :blockId"
                        + " AND is_active = :active ORDER BY seq")
                .bind("blockId", blockId.toString())
                .bind("active", true)
                .map(documents.rowMapper(AvailabilityAdjustment.class))
                .list();
    }

    public Page<AvailabilityAdjustment> adjustmentPage(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "doc", "availability_adjustments", "availability_adjustments", filter,
                limitation, documents.rowMapper(AvailabilityAdjustment.class), AvailabilityAdjustment::id);
    }

    public Optional<AvailabilityBlock> find(Handle handle, UUID blockId) {
        return handle.createQuery("SELECT doc FROM availability_blocks WHERE id = :id")
                .bind("id", blockId.toString())
                .map(documents.rowMapper(AvailabilityBlock.class))
                .findOne();
    }

    /** Replaces a block's document and the columns derived from it. */
    public void update(Handle handle, AvailabilityBlock block) {
        handle.createUpdate("""
                        UPDATE availability_blocks SET rate_id = :rateId, state = :state,
                            external_identifier = :externalIdentifier, is_active = :isActive,
                            first_time_unit_start_utc = :first, last_time_unit_start_utc = :last,
                            released_utc = :releasedUtc, rolling_release_millis = :rolling, updated_utc = :updatedUtc,
                            doc = :doc
                        WHERE id = :id""")
                .bind("id", block.id().toString())
                .bind("rateId", block.rateId().toString())
                .bind("state", block.state().name())
                .bind("externalIdentifier", block.externalIdentifier())
                .bind("isActive", block.isActive())
                .bind("first", block.firstTimeUnitStartUtc().toEpochMilli())
                .bind("last", block.lastTimeUnitStartUtc().toEpochMilli())
                .bind("releasedUtc", block.releasedUtc() == null ? null : block.releasedUtc().toEpochMilli())
                .bind("rolling", ReleaseOffsets.millis(block.rollingReleaseOffset()))
                .bind("updatedUtc", block.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(block))
                .execute();
    }

    /** How many reservations of the block are not canceled. */
    public int liveReservations(Handle handle, UUID blockId) {
        return handle.createQuery("SELECT COUNT(*) FROM reservations WHERE availability_block_id = :blockId"
                        + " AND state <> 'Canceled'")
                .bind("blockId", blockId.toString())
                .mapTo(Integer.class)
                .one();
    }

    public int count(Handle handle, UUID enterpriseId) {
        return handle.createQuery("SELECT COUNT(*) FROM availability_blocks WHERE enterprise_id = :enterpriseId")
                .bind("enterpriseId", enterpriseId.toString())
                .mapTo(Integer.class)
                .one();
    }

    /** How documents are read and written, for the demo seed's pickup. */
    Documents documents() {
        return documents;
    }

    public Page<AvailabilityBlock> page(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "doc", "availability_blocks", "availability_blocks", filter, limitation,
                documents.rowMapper(AvailabilityBlock.class), AvailabilityBlock::id);
    }

    /** The adjustments of the given blocks, block by block in creation order. */
    public List<AvailabilityAdjustment> adjustments(Handle handle, List<UUID> blockIds) {
        if (blockIds.isEmpty()) {
            return List.of();
        }
        return handle.createQuery("SELECT doc FROM availability_adjustments WHERE availability_block_id IN (<ids>) ORDER BY seq")
                .bindList("ids", blockIds.stream().map(UUID::toString).toList())
                .map(documents.rowMapper(AvailabilityAdjustment.class))
                .list();
    }

    /** The given rates in the shape of the deprecated Rates extent, taken from the rates' own documents. */
    public List<JsonNode> ratesForExtent(Handle handle, List<UUID> rateIds) {
        if (rateIds.isEmpty()) {
            return List.of();
        }
        return handle.createQuery("SELECT doc FROM rates WHERE id IN (<ids>) ORDER BY seq")
                .bindList("ids", rateIds.stream().map(UUID::toString).distinct().toList())
                .map((rs, ctx) -> (JsonNode) forExtent(documents.read(rs.getString("doc"), JsonNode.class)))
                .list();
    }

    private ObjectNode forExtent(JsonNode rate) {
        ObjectNode projected = documents.mapper().createObjectNode();
        for (String property : RATE_FOR_EXTENT) {
            if (rate.has(property)) {
                projected.set(property, rate.get(property));
            }
        }
        return projected;
    }
}
