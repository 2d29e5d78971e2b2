package dev.connector.loyalty;

import dev.connector.api.Limitation;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import java.time.Instant;
import org.jdbi.v3.core.Handle;

/** SQL for loyalty programs; activity and times are columns only, the API shape does not show them. */
public final class LoyaltyProgramStore {

    private final Documents documents;

    public LoyaltyProgramStore(Documents documents) {
        this.documents = documents;
    }

    public void insert(Handle handle, LoyaltyProgram program, boolean active, Instant createdUtc, Instant updatedUtc) {
        handle.createUpdate("""
                        INSERT INTO loyalty_programs (id, chain_id, code, is_active, created_utc, updated_utc, doc)
                        VALUES (:id, :chainId, :code, :isActive, :createdUtc, :updatedUtc, :doc)""")
                .bind("id", program.id().toString())
                .bind("chainId", program.chainId().toString())
                .bind("code", program.code())
                .bind("isActive", active)
                .bind("createdUtc", createdUtc.toEpochMilli())
                .bind("updatedUtc", updatedUtc.toEpochMilli())
                .bind("doc", documents.write(program))
                .execute();
    }

    public Page<LoyaltyProgram> page(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "doc", "loyalty_programs", "loyalty_programs", filter, limitation,
                documents.rowMapper(LoyaltyProgram.class), LoyaltyProgram::id);
    }
}
