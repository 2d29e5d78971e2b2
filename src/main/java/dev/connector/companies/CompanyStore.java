package dev.connector.companies;

import dev.connector.api.Limitation;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** SQL for company profiles. */
public final class CompanyStore {

    private final Documents documents;
    private final RowMapper<Company> mapper;

    public CompanyStore(Documents documents) {
        this.documents = documents;
        this.mapper = documents.rowMapper(Company.class);
    }

    public void insert(Handle handle, Company company) {
        handle.createUpdate("""
                        INSERT INTO companies (id, chain_id, number, name, mother_company_id, external_identifier,
                            is_active, created_utc, updated_utc, doc)
                        VALUES (:id, :chainId, :number, :name, :motherCompanyId, :externalIdentifier, :isActive,
                            :createdUtc, :updatedUtc, :doc)""")
                .bind("id", company.id().toString())
                .bind("chainId", company.chainId().toString())
                .bind("number", company.number())
                .bind("name", company.name())
                .bind("motherCompanyId", company.motherCompanyId() == null ? null : company.motherCompanyId().toString())
                .bind("externalIdentifier", company.externalIdentifier())
                .bind("isActive", company.isActive())
                .bind("createdUtc", company.createdUtc().toEpochMilli())
                .bind("updatedUtc", company.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(company))
                .execute();
    }

    public Page<Company> page(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "doc", "companies", "companies", filter, limitation,
                documents.rowMapper(Company.class), Company::id);
    }

    /** Rewrites a company's row from its record; the chain and number never change. */
    public void update(Handle handle, Company company) {
        handle.createUpdate("""
                        UPDATE companies SET name = :name, mother_company_id = :motherCompanyId,
                            external_identifier = :externalIdentifier, is_active = :isActive,
                            updated_utc = :updatedUtc, doc = :doc
                        WHERE id = :id""")
                .bind("id", company.id().toString())
                .bind("name", company.name())
                .bind("motherCompanyId", company.motherCompanyId() == null ? null : company.motherCompanyId().toString())
                .bind("externalIdentifier", company.externalIdentifier())
                .bind("isActive", company.isActive())
                .bind("updatedUtc", company.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(company))
                .execute();
    }

    /** The company with this id in one of the given chains, active or not. */
    public Optional<Company> find(Handle handle, Collection<UUID> chainIds, UUID id) {
        if (chainIds.isEmpty()) {
            return Optional.empty();
        }
        return handle.createQuery("SELECT doc FROM companies WHERE id = :id AND chain_id IN (<chainIds>)")
                .bind("id", id.toString())
                .bindList("chainIds", chainIds.stream().map(UUID::toString).toList())
                .map(mapper)
                .findOne();
    }

    /** What accounts/update sets on a company beyond its record: classifications (Corporate, ...) and source. */
    public record Extras(List<String> classifications, UUID sourceId) {
    }

    public Extras extras(Handle handle, UUID companyId) {
        return handle.createQuery("SELECT classifications, source_id FROM companies WHERE id = :id")
                .bind("id", companyId.toString())
                .map((rs, ctx) -> {
                    String stored = rs.getString("classifications");
                    String source = rs.getString("source_id");
                    return new Extras(stored == null || stored.isEmpty() ? List.of() : List.of(stored.split(",")),
                            source == null ? null : UUID.fromString(source));
                })
                .findOne()
                .orElse(new Extras(List.of(), null));
    }

    public void setExtras(Handle handle, UUID companyId, Extras extras) {
        handle.createUpdate("UPDATE companies SET classifications = :classifications, source_id = :sourceId WHERE id = :id")
                .bind("id", companyId.toString())
                .bind("classifications", String.join(",", extras.classifications()))
                .bind("sourceId", extras.sourceId() == null ? null : extras.sourceId().toString())
                .execute();
    }

    /** The next company number of the chain; the counter row stays locked until the transaction ends. */
    public long nextNumber(Handle handle, UUID chainId) {
        // The chain's counter starts from the numbers its companies already have (the demo ones, say).
        handle.createUpdate("""
                        INSERT INTO company_numbers (chain_id, last_number)
                        SELECT :chainId, COALESCE(MAX(number), 0) FROM companies WHERE chain_id = :chainId
                        ON CONFLICT (chain_id) DO NOTHING""")
                .bind("chainId", chainId.toString())
                .execute();
        return handle.createQuery("""
                        UPDATE company_numbers SET last_number = last_number + 1 WHERE chain_id = :chainId
                        RETURNING last_number""")
                .bind("chainId", chainId.toString())
                .mapTo(Long.class)
                .one();
    }

    /** Whether the company is an active company of one of the chains; empty when there is no such company. */
    public Optional<Boolean> activeIn(Handle handle, UUID companyId, List<UUID> chainIds) {
        Filter filter = Filter.where().eq("id", companyId).in("chain_id", chainIds);
        return filter.bind(handle.createQuery("SELECT is_active FROM companies WHERE " + filter.conditions()))
                .mapTo(Boolean.class)
                .findFirst();
    }
}
