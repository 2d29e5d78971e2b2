package dev.connector.services;

import com.fasterxml.jackson.databind.util.RawValue;
import dev.connector.api.Limitation;
import dev.connector.enterprises.EnterpriseConfigurationVersion;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** SQL for services, their age categories and their products. */
public final class ServiceStore {

    private final Documents documents;

    public ServiceStore(Documents documents) {
        this.documents = documents;
    }

    public void insert(Handle handle, Service service) {
        documents.bindDocument(handle.createUpdate("""
                        INSERT INTO services (id, enterprise_id, name, type, is_active, start_time, end_time, created_utc,
                            updated_utc, doc, doc_shape)
                        VALUES (:id, :enterpriseId, :name, :type, :active, :startTime, :endTime, :created, :updated,
                            :doc, :docShape)"""), service)
                .bind("id", service.id().toString())
                .bind("enterpriseId", service.enterpriseId().toString())
                .bind("name", service.name())
                .bind("type", service.data().discriminator())
                .bind("active", service.isActive())
                .bind("startTime", service.startTime())
                .bind("endTime", service.endTime())
                .bind("created", service.createdUtc().toEpochMilli())
                .bind("updated", service.updatedUtc().toEpochMilli())
                .execute();
        EnterpriseConfigurationVersion.change(handle, service.enterpriseId());
    }

    public void insert(Handle handle, UUID enterpriseId, AgeCategory category) {
        handle.createUpdate("""
                        INSERT INTO age_categories (id, enterprise_id, service_id, classification, is_active, updated_utc, doc)
                        VALUES (:id, :enterpriseId, :serviceId, :classification, :active, :updated, :doc)""")
                .bind("id", category.id().toString())
                .bind("enterpriseId", enterpriseId.toString())
                .bind("serviceId", category.serviceId().toString())
                .bind("classification", category.classification())
                .bind("active", category.isActive())
                .bind("updated", category.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(category))
                .execute();
    }

    public void insert(Handle handle, UUID enterpriseId, Product product) {
        handle.createUpdate("""
                        INSERT INTO products (id, enterprise_id, service_id, is_active, updated_utc, doc)
                        VALUES (:id, :enterpriseId, :serviceId, :active, :updated, :doc)""")
                .bind("id", product.id().toString())
                .bind("enterpriseId", enterpriseId.toString())
                .bind("serviceId", product.serviceId().toString())
                .bind("active", product.isActive())
                .bind("updated", product.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(product))
                .execute();
    }

    /** One page of services as stored documents (services/getAll); {@link #services} reads them as records. */
    public Page<RawValue> serviceDocuments(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetchDocuments(handle, documents, "services s", "s", filter, limitation, Service.class);
    }

    public Page<Service> services(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "s.doc", "services s", "s", filter, limitation,
                documents.rowMapper(Service.class), Service::id);
    }

    public Page<AgeCategory> ageCategories(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "a.doc", "age_categories a", "a", filter, limitation,
                documents.rowMapper(AgeCategory.class), AgeCategory::id);
    }

    /** Replaces a product's document and its activity. */
    public void update(Handle handle, Product product) {
        handle.createUpdate("UPDATE products SET is_active = :active, updated_utc = :updated, doc = :doc WHERE id = :id")
                .bind("active", product.isActive())
                .bind("updated", product.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(product))
                .bind("id", product.id().toString())
                .execute();
    }

    public Page<Product> products(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "p.doc", "products p", "p", filter, limitation,
                documents.rowMapper(Product.class), Product::id);
    }

    /** Whether the service belongs to the enterprise. */
    public boolean belongsTo(Handle handle, UUID serviceId, UUID enterpriseId) {
        return handle.createQuery("SELECT COUNT(*) FROM services WHERE id = :id AND enterprise_id = :enterpriseId")
                .bind("id", serviceId.toString())
                .bind("enterpriseId", enterpriseId.toString())
                .mapTo(Integer.class)
                .one() > 0;
    }
}
