package dev.connector.companycontracts;

import dev.connector.api.Limitation;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** SQL for travel agency contracts: enterprise, service and company of each, the record in doc. */
public final class CompanyContractStore {

    private final Documents documents;
    private final RowMapper<TravelAgencyContract> mapper;

    public CompanyContractStore(Documents documents) {
        this.documents = documents;
        this.mapper = documents.rowMapper(TravelAgencyContract.class);
    }

    public void insert(Handle handle, UUID enterpriseId, TravelAgencyContract contract) {
        handle.createUpdate("""
                        INSERT INTO company_contracts (id, enterprise_id, service_id, company_id, is_active,
                            updated_utc, doc)
                        VALUES (:id, :enterpriseId, :serviceId, :companyId, :isActive, :updatedUtc, :doc)""")
                .bind("id", contract.id().toString())
                .bind("enterpriseId", enterpriseId.toString())
                .bind("serviceId", contract.serviceId().toString())
                .bind("companyId", contract.companyId().toString())
                .bind("isActive", contract.isActive())
                .bind("updatedUtc", contract.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(contract))
                .execute();
    }

    public void update(Handle handle, TravelAgencyContract contract) {
        handle.createUpdate("""
                        UPDATE company_contracts SET is_active = :isActive, updated_utc = :updatedUtc, doc = :doc
                        WHERE id = :id""")
                .bind("id", contract.id().toString())
                .bind("isActive", contract.isActive())
                .bind("updatedUtc", contract.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(contract))
                .execute();
    }

    /** The active contract with this id in one of the enterprises. */
    public Optional<TravelAgencyContract> findActive(Handle handle, Collection<UUID> enterpriseIds, UUID id) {
        return handle.createQuery("""
                        SELECT doc FROM company_contracts
                        WHERE id = :id AND enterprise_id IN (<enterpriseIds>) AND is_active = :active""")
                .bind("id", id.toString())
                .bindList("enterpriseIds", enterpriseIds.stream().map(UUID::toString).toList())
                .bind("active", true)
                .map(mapper)
                .findOne();
    }

    /** The enterprise of an active service, when it is one of the given enterprises (services are another feature's). */
    public Optional<UUID> serviceEnterprise(Handle handle, Collection<UUID> enterpriseIds, UUID serviceId) {
        return handle.createQuery("""
                        SELECT enterprise_id FROM services
                        WHERE id = :id AND enterprise_id IN (<enterpriseIds>) AND is_active = :active""")
                .bind("id", serviceId.toString())
                .bindList("enterpriseIds", enterpriseIds.stream().map(UUID::toString).toList())
                .bind("active", true)
                .mapTo(String.class)
                .findOne()
                .map(UUID::fromString);
    }

    public Page<TravelAgencyContract> page(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "doc", "company_contracts", "company_contracts", filter, limitation, mapper,
                TravelAgencyContract::id);
    }
}
