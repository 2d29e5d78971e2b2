package dev.connector.availabilityblocks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.api.Limitation;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import java.util.List;
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
                            released_utc, created_utc, updated_utc, doc)
                        VALUES (:id, :enterpriseId, :serviceId, :rateId, :state, :externalIdentifier, :isActive,
                            :first, :last, :releasedUtc, :createdUtc, :updatedUtc, :doc)""")
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

    public void insert(Handle handle, UUID enterpriseId, AvailabilityAdjustment adjustment) {
        handle.createUpdate("""
                        INSERT INTO availability_adjustments (id, enterprise_id, availability_block_id,
                            resource_category_id, is_active, updated_utc, doc)
                        VALUES (:id, :enterpriseId, :blockId, :categoryId, :isActive, :updatedUtc, :doc)""")
                .bind("id", adjustment.id().toString())
                .bind("enterpriseId", enterpriseId.toString())
                .bind("blockId", adjustment.availabilityBlockId() == null ? null : adjustment.availabilityBlockId().toString())
                .bind("categoryId", adjustment.resourceCategoryId().toString())
                .bind("isActive", adjustment.isActive())
                .bind("updatedUtc", adjustment.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(adjustment))
                .execute();
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
