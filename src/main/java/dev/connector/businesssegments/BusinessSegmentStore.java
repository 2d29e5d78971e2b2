package dev.connector.businesssegments;

import dev.connector.api.Limitation;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** SQL for business segments. */
public final class BusinessSegmentStore {

    private final Documents documents;

    public BusinessSegmentStore(Documents documents) {
        this.documents = documents;
    }

    public void insert(Handle handle, UUID enterpriseId, BusinessSegment segment) {
        handle.createUpdate("""
                        INSERT INTO business_segments (id, enterprise_id, service_id, is_active, updated_utc, doc)
                        VALUES (:id, :enterpriseId, :serviceId, :active, :updated, :doc)""")
                .bind("id", segment.id().toString())
                .bind("enterpriseId", enterpriseId.toString())
                .bind("serviceId", segment.serviceId().toString())
                .bind("active", segment.isActive())
                .bind("updated", segment.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(segment))
                .execute();
    }

    public Page<BusinessSegment> page(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "doc", "business_segments", "business_segments", filter, limitation,
                documents.rowMapper(BusinessSegment.class), BusinessSegment::id);
    }
}
