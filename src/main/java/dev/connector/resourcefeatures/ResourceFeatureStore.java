package dev.connector.resourcefeatures;

import dev.connector.api.Limitation;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** SQL for resource features and their assignments to resources. */
final class ResourceFeatureStore {

    private final Documents documents;

    ResourceFeatureStore(Documents documents) {
        this.documents = documents;
    }

    void insert(Handle handle, UUID enterpriseId, ResourceFeature feature) {
        handle.createUpdate("""
                        INSERT INTO resource_features (id, enterprise_id, service_id, is_active, updated_utc, doc)
                        VALUES (:id, :enterpriseId, :serviceId, :isActive, :updatedUtc, :doc)""")
                .bind("id", feature.id().toString())
                .bind("enterpriseId", enterpriseId.toString())
                .bind("serviceId", feature.serviceId().toString())
                .bind("isActive", feature.isActive())
                .bind("updatedUtc", feature.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(feature))
                .execute();
    }

    void insert(Handle handle, UUID enterpriseId, ResourceFeatureAssignment assignment) {
        handle.createUpdate("""
                        INSERT INTO resource_feature_assignments (id, enterprise_id, feature_id, resource_id, is_active,
                            updated_utc, doc)
                        VALUES (:id, :enterpriseId, :featureId, :resourceId, :isActive, :updatedUtc, :doc)""")
                .bind("id", assignment.id().toString())
                .bind("enterpriseId", enterpriseId.toString())
                .bind("featureId", assignment.featureId().toString())
                .bind("resourceId", assignment.resourceId().toString())
                .bind("isActive", assignment.isActive())
                .bind("updatedUtc", assignment.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(assignment))
                .execute();
    }

    Page<ResourceFeature> features(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "doc", "resource_features", "resource_features", filter, limitation,
                documents.rowMapper(ResourceFeature.class), ResourceFeature::id);
    }

    Page<ResourceFeatureAssignment> assignments(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "doc", "resource_feature_assignments", "resource_feature_assignments", filter,
                limitation, documents.rowMapper(ResourceFeatureAssignment.class), ResourceFeatureAssignment::id);
    }
}
