package dev.connector.companies;

import dev.connector.api.Limitation;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import org.jdbi.v3.core.Handle;

/** SQL for company profiles. */
public final class CompanyStore {

    private final Documents documents;

    public CompanyStore(Documents documents) {
        this.documents = documents;
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
}
