package dev.connector.images;

import dev.connector.api.Limitation;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** SQL for images and their assignments to resource categories. */
final class ImageStore {

    private final Documents documents;

    ImageStore(Documents documents) {
        this.documents = documents;
    }

    void insert(Handle handle, Image image) {
        handle.createUpdate("INSERT INTO images (id, enterprise_id, doc) VALUES (:id, :enterpriseId, :doc)")
                .bind("id", image.id().toString())
                .bind("enterpriseId", image.enterpriseId().toString())
                .bind("doc", documents.write(image))
                .execute();
    }

    void insert(Handle handle, UUID enterpriseId, ResourceCategoryImageAssignment assignment) {
        handle.createUpdate("""
                        INSERT INTO resource_category_image_assignments (id, enterprise_id, category_id, image_id,
                            is_active, updated_utc, doc)
                        VALUES (:id, :enterpriseId, :categoryId, :imageId, :isActive, :updatedUtc, :doc)""")
                .bind("id", assignment.id().toString())
                .bind("enterpriseId", enterpriseId.toString())
                .bind("categoryId", assignment.categoryId().toString())
                .bind("imageId", assignment.imageId().toString())
                .bind("isActive", assignment.isActive())
                .bind("updatedUtc", assignment.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(assignment))
                .execute();
    }

    Optional<Image> find(Handle handle, UUID imageId) {
        return handle.createQuery("SELECT doc FROM images WHERE id = :id")
                .bind("id", imageId.toString())
                .map(documents.rowMapper(Image.class))
                .findFirst();
    }

    /** The images among {@code imageIds} that belong to one of the enterprises. */
    List<Image> find(Handle handle, List<UUID> imageIds, List<UUID> enterpriseIds) {
        Filter filter = Filter.where().in("id", imageIds).in("enterprise_id", enterpriseIds);
        return filter.bind(handle.createQuery("SELECT doc FROM images WHERE " + filter.conditions()))
                .map(documents.rowMapper(Image.class))
                .list();
    }

    Page<ResourceCategoryImageAssignment> assignments(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "doc", "resource_category_image_assignments",
                "resource_category_image_assignments", filter, limitation,
                documents.rowMapper(ResourceCategoryImageAssignment.class), ResourceCategoryImageAssignment::id);
    }
}
