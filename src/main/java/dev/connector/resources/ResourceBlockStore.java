package dev.connector.resources;

import dev.connector.api.Limitation;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** SQL for resource blocks. */
public final class ResourceBlockStore {

    private final Documents documents;

    public ResourceBlockStore(Documents documents) {
        this.documents = documents;
    }

    public void insert(Handle handle, ResourceBlock block) {
        handle.createUpdate("""
                        INSERT INTO resource_blocks (id, enterprise_id, resource_id, type, is_active, start_utc, end_utc,
                            created_utc, updated_utc, doc)
                        VALUES (:id, :enterpriseId, :resourceId, :type, :active, :start, :end, :created, :updated, :doc)""")
                .bind("id", block.id().toString())
                .bind("enterpriseId", block.enterpriseId().toString())
                .bind("resourceId", block.assignedResourceId().toString())
                .bind("type", block.type().name())
                .bind("active", block.isActive())
                .bind("start", block.startUtc().toEpochMilli())
                .bind("end", block.endUtc().toEpochMilli())
                .bind("created", block.createdUtc().toEpochMilli())
                .bind("updated", block.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(block))
                .execute();
    }

    /** Rewrites the state of a block (deleting it is making it inactive). */
    public void update(Handle handle, ResourceBlock block) {
        handle.createUpdate("""
                        UPDATE resource_blocks SET is_active = :active, updated_utc = :updated, doc = :doc WHERE id = :id""")
                .bind("id", block.id().toString())
                .bind("active", block.isActive())
                .bind("updated", block.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(block))
                .execute();
    }

    /** The blocks with the given ids that belong to one of the enterprises; others are left out. */
    public List<ResourceBlock> find(Handle handle, List<UUID> ids, List<UUID> enterpriseIds) {
        Filter filter = Filter.where().in("id", ids).in("enterprise_id", enterpriseIds);
        return filter.bind(handle.createQuery("SELECT doc FROM resource_blocks WHERE " + filter.conditions()))
                .map(documents.rowMapper(ResourceBlock.class))
                .list();
    }

    public Page<ResourceBlock> blocks(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "b.doc", "resource_blocks b", "b", filter, limitation,
                documents.rowMapper(ResourceBlock.class), ResourceBlock::id);
    }
}
