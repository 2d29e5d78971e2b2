package dev.connector.loyalty;

import dev.connector.api.Limitation;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
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

    /** Rewrites a program's record and activity; the chain never changes. */
    public void update(Handle handle, LoyaltyProgram program, boolean active, Instant updatedUtc) {
        handle.createUpdate("""
                        UPDATE loyalty_programs SET code = :code, is_active = :isActive, updated_utc = :updatedUtc,
                            doc = :doc
                        WHERE id = :id""")
                .bind("id", program.id().toString())
                .bind("code", program.code())
                .bind("isActive", active)
                .bind("updatedUtc", updatedUtc.toEpochMilli())
                .bind("doc", documents.write(program))
                .execute();
    }

    /** The active program with this id in one of the chains. */
    public Optional<LoyaltyProgram> findActive(Handle handle, Collection<UUID> chainIds, UUID id) {
        if (chainIds.isEmpty()) {
            return Optional.empty();
        }
        return handle.createQuery("""
                        SELECT doc FROM loyalty_programs
                        WHERE id = :id AND chain_id IN (<chainIds>) AND is_active = :active""")
                .bind("id", id.toString())
                .bindList("chainIds", chainIds.stream().map(UUID::toString).toList())
                .bind("active", true)
                .map(documents.rowMapper(LoyaltyProgram.class))
                .findOne();
    }

    /** Whether an active program of the chain other than {@code exceptId} uses this code. */
    public boolean codeTaken(Handle handle, UUID chainId, String code, UUID exceptId) {
        return handle.createQuery("""
                        SELECT COUNT(*) FROM loyalty_programs
                        WHERE chain_id = :chainId AND code = :code AND is_active = :active AND id <> :exceptId""")
                .bind("chainId", chainId.toString())
                .bind("code", code)
                .bind("active", true)
                .bind("exceptId", exceptId == null ? "" : exceptId.toString())
                .mapTo(Long.class)
                .one() > 0;
    }
}
