package dev.connector.resources;

import com.fasterxml.jackson.databind.util.RawValue;
import dev.connector.api.Limitation;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** SQL for resource categories, resources and their assignments to categories. */
public final class ResourceStore {

    private final Documents documents;

    public ResourceStore(Documents documents) {
        this.documents = documents;
    }

    /** Inserts a category; {@code now} feeds the UpdatedUtc filter, as the category shape has no time of its own. */
    public void insert(Handle handle, ResourceCategory category, Instant now) {
        handle.createUpdate("""
                        INSERT INTO resource_categories (id, enterprise_id, service_id, type, capacity, ordering, is_active,
                            updated_utc, doc)
                        VALUES (:id, :enterpriseId, :serviceId, :type, :capacity, :ordering, :active, :updated, :doc)""")
                .bind("id", category.id().toString())
                .bind("enterpriseId", category.enterpriseId().toString())
                .bind("serviceId", category.serviceId().toString())
                .bind("type", category.type())
                .bind("capacity", category.capacity())
                .bind("ordering", category.ordering())
                .bind("active", category.isActive())
                .bind("updated", now.toEpochMilli())
                .bind("doc", documents.write(category))
                .execute();
    }

    public void insert(Handle handle, Resource resource) {
        documents.bindDocument(handle.createUpdate("""
                        INSERT INTO resources (id, enterprise_id, name, state, is_active, created_utc, updated_utc, doc,
                            doc_shape)
                        VALUES (:id, :enterpriseId, :name, :state, :active, :created, :updated, :doc, :docShape)"""), resource)
                .bind("id", resource.id().toString())
                .bind("enterpriseId", resource.enterpriseId().toString())
                .bind("name", resource.name())
                .bind("state", resource.state())
                .bind("active", resource.isActive())
                .bind("created", resource.createdUtc().toEpochMilli())
                .bind("updated", resource.updatedUtc().toEpochMilli())
                .execute();
    }

    public void insert(Handle handle, UUID enterpriseId, ResourceCategoryAssignment assignment) {
        handle.createUpdate("""
                        INSERT INTO resource_category_assignments (id, enterprise_id, resource_id, category_id, is_active,
                            updated_utc, doc)
                        VALUES (:id, :enterpriseId, :resourceId, :categoryId, :active, :updated, :doc)""")
                .bind("id", assignment.id().toString())
                .bind("enterpriseId", enterpriseId.toString())
                .bind("resourceId", assignment.resourceId().toString())
                .bind("categoryId", assignment.categoryId().toString())
                .bind("active", assignment.isActive())
                .bind("updated", assignment.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(assignment))
                .execute();
    }

    /** Rewrites a resource's state, name, update time and document. */
    public void update(Handle handle, Resource resource) {
        documents.bindDocument(handle.createUpdate("""
                        UPDATE resources SET name = :name, state = :state, is_active = :active, updated_utc = :updated,
                            doc = :doc, doc_shape = :docShape
                        WHERE id = :id"""), resource)
                .bind("id", resource.id().toString())
                .bind("name", resource.name())
                .bind("state", resource.state())
                .bind("active", resource.isActive())
                .bind("updated", resource.updatedUtc().toEpochMilli())
                .execute();
    }

    public Optional<Resource> find(Handle handle, UUID resourceId) {
        return handle.createQuery("SELECT doc FROM resources WHERE id = :id")
                .bind("id", resourceId.toString())
                .map(documents.rowMapper(Resource.class))
                .findOne();
    }

    /** The resources with the given ids that belong to one of the enterprises; others are left out. */
    public List<Resource> find(Handle handle, List<UUID> resourceIds, List<UUID> enterpriseIds) {
        Filter filter = Filter.where().in("id", resourceIds).in("enterprise_id", enterpriseIds);
        return filter.bind(handle.createQuery("SELECT doc FROM resources WHERE " + filter.conditions()))
                .map(documents.rowMapper(Resource.class))
                .list();
    }

    /** One page of resources as stored documents (resources/getAll); {@link #resources} reads them as records. */
    public Page<RawValue> resourceDocuments(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetchDocuments(handle, documents, "resources r", "r", filter, limitation, Resource.class);
    }

    public Page<Resource> resources(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "r.doc", "resources r", "r", filter, limitation,
                documents.rowMapper(Resource.class), Resource::id);
    }

    public Page<ResourceCategory> categories(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "c.doc", "resource_categories c", "c", filter, limitation,
                documents.rowMapper(ResourceCategory.class), ResourceCategory::id);
    }

    public Page<ResourceCategoryAssignment> assignments(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "a.doc", "resource_category_assignments a", "a", filter, limitation,
                documents.rowMapper(ResourceCategoryAssignment.class),
                ResourceCategoryAssignment::id);
    }

    /** Every category of the enterprises (unpaged: an enterprise has a handful), in creation order. */
    public List<ResourceCategory> allCategories(Handle handle, Filter filter) {
        return filter.bind(handle.createQuery("SELECT c.doc FROM resource_categories c WHERE " + filter.conditions()
                        + " ORDER BY c.seq"))
                .map(documents.rowMapper(ResourceCategory.class))
                .list();
    }

    public List<ResourceCategoryAssignment> allAssignments(Handle handle, Filter filter) {
        return filter.bind(handle.createQuery("SELECT a.doc FROM resource_category_assignments a WHERE "
                        + filter.conditions() + " ORDER BY a.seq"))
                .map(documents.rowMapper(ResourceCategoryAssignment.class))
                .list();
    }
}
