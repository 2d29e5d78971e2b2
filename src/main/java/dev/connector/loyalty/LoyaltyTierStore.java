package dev.connector.loyalty;

import dev.connector.api.Limitation;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** SQL for loyalty tiers: the chain and program of each tier, its code and ordering, the record in doc. */
public final class LoyaltyTierStore {

    private final Documents documents;
    private final RowMapper<LoyaltyTier> mapper;

    public LoyaltyTierStore(Documents documents) {
        this.documents = documents;
        this.mapper = documents.rowMapper(LoyaltyTier.class);
    }

    public void insert(Handle handle, UUID chainId, LoyaltyTier tier, Instant updatedUtc) {
        handle.createUpdate("""
                        INSERT INTO loyalty_tiers (id, chain_id, loyalty_program_id, code, ordering, is_active,
                            updated_utc, doc)
                        VALUES (:id, :chainId, :programId, :code, :ordering, :isActive, :updatedUtc, :doc)""")
                .bind("id", tier.id().toString())
                .bind("chainId", chainId.toString())
                .bind("programId", tier.loyaltyProgramId().toString())
                .bind("code", tier.code())
                .bind("ordering", tier.ordering())
                .bind("isActive", true)
                .bind("updatedUtc", updatedUtc.toEpochMilli())
                .bind("doc", documents.write(tier))
                .execute();
    }

    public void update(Handle handle, LoyaltyTier tier, boolean active, Instant updatedUtc) {
        handle.createUpdate("""
                        UPDATE loyalty_tiers SET code = :code, ordering = :ordering, is_active = :isActive,
                            updated_utc = :updatedUtc, doc = :doc
                        WHERE id = :id""")
                .bind("id", tier.id().toString())
                .bind("code", tier.code())
                .bind("ordering", tier.ordering())
                .bind("isActive", active)
                .bind("updatedUtc", updatedUtc.toEpochMilli())
                .bind("doc", documents.write(tier))
                .execute();
    }

    /** The active tier with this id in one of the chains. */
    public Optional<LoyaltyTier> findActive(Handle handle, Collection<UUID> chainIds, UUID id) {
        return handle.createQuery("""
                        SELECT doc FROM loyalty_tiers WHERE id = :id AND chain_id IN (<chainIds>) AND is_active = :active""")
                .bind("id", id.toString())
                .bindList("chainIds", chainIds.stream().map(UUID::toString).toList())
                .bind("active", true)
                .map(mapper)
                .findOne();
    }

    /** The active tiers of a program. */
    public List<LoyaltyTier> activeOf(Handle handle, UUID programId) {
        return handle.createQuery("""
                        SELECT doc FROM loyalty_tiers WHERE loyalty_program_id = :programId AND is_active = :active
                        ORDER BY ordering, seq""")
                .bind("programId", programId.toString())
                .bind("active", true)
                .map(mapper)
                .list();
    }

    public Page<LoyaltyTier> page(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "doc", "loyalty_tiers", "loyalty_tiers", filter, limitation, mapper,
                LoyaltyTier::id);
    }
}
