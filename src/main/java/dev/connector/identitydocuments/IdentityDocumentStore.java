package dev.connector.identitydocuments;

import dev.connector.api.Limitation;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** SQL for identity documents; like customers, every read is scoped by chain. */
public final class IdentityDocumentStore {

    private final Documents documents;

    public IdentityDocumentStore(Documents documents) {
        this.documents = documents;
    }

    public void insert(Handle handle, UUID chainId, IdentityDocument document, Instant now) {
        handle.createUpdate("""
                        INSERT INTO identity_documents (id, chain_id, customer_id, type, updated_utc, doc)
                        VALUES (:id, :chainId, :customerId, :type, :updated, :doc)""")
                .bind("id", document.id().toString())
                .bind("chainId", chainId.toString())
                .bind("customerId", document.customerId().toString())
                .bind("type", document.type().name())
                .bind("updated", now.toEpochMilli())
                .bind("doc", documents.write(document))
                .execute();
    }

    public void update(Handle handle, IdentityDocument document, Instant now) {
        handle.createUpdate("UPDATE identity_documents SET type = :type, updated_utc = :updated, doc = :doc WHERE id = :id")
                .bind("id", document.id().toString())
                .bind("type", document.type().name())
                .bind("updated", now.toEpochMilli())
                .bind("doc", documents.write(document))
                .execute();
    }

    public void delete(Handle handle, UUID id) {
        handle.createUpdate("DELETE FROM identity_documents WHERE id = :id").bind("id", id.toString()).execute();
    }

    /** The documents of the chain with these ids (unknown ones left out). */
    public List<IdentityDocument> byIds(Handle handle, UUID chainId, Collection<UUID> ids) {
        return list(handle, Filter.where().eq("chain_id", chainId).in("id", ids));
    }

    public List<IdentityDocument> ofCustomers(Handle handle, UUID chainId, Collection<UUID> customerIds) {
        return list(handle, Filter.where().eq("chain_id", chainId).in("customer_id", customerIds));
    }

    public Page<IdentityDocument> page(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "d.doc", "identity_documents d", "d", filter, limitation,
                documents.rowMapper(IdentityDocument.class), IdentityDocument::id);
    }

    private List<IdentityDocument> list(Handle handle, Filter filter) {
        return filter.bind(handle.createQuery("SELECT doc FROM identity_documents" + filter.clause() + " ORDER BY seq"))
                .map(documents.rowMapper(IdentityDocument.class))
                .list();
    }
}
