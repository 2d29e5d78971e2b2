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
import org.jdbi.v3.core.statement.SqlStatement;

/** SQL for loyalty memberships: the columns filters use (account, program, tier, state, codes) and doc. */
public final class LoyaltyMembershipStore {

    private final Documents documents;
    private final RowMapper<LoyaltyMembership> mapper;

    public LoyaltyMembershipStore(Documents documents) {
        this.documents = documents;
        this.mapper = documents.rowMapper(LoyaltyMembership.class);
    }

    public void insert(Handle handle, LoyaltyMembership membership, Instant now) {
        bind(handle.createUpdate("""
                        INSERT INTO loyalty_memberships (id, chain_id, account_id, loyalty_program_id, loyalty_tier_id,
                            state, is_primary, code, provider_membership_id, is_active, created_utc, updated_utc, doc)
                        VALUES (:id, :chainId, :accountId, :programId, :tierId, :state, :isPrimary, :code,
                            :providerId, :isActive, :now, :now, :doc)"""), membership, true, now)
                .execute();
    }

    public void update(Handle handle, LoyaltyMembership membership, boolean active, Instant now) {
        bind(handle.createUpdate("""
                        UPDATE loyalty_memberships SET account_id = :accountId, loyalty_program_id = :programId,
                            loyalty_tier_id = :tierId, state = :state, is_primary = :isPrimary, code = :code,
                            provider_membership_id = :providerId, is_active = :isActive, updated_utc = :now, doc = :doc
                        WHERE id = :id"""), membership, active, now)
                .execute();
    }

    /** The active membership with this id in one of the chains. */
    public Optional<LoyaltyMembership> findActive(Handle handle, Collection<UUID> chainIds, UUID id) {
        return handle.createQuery("""
                        SELECT doc FROM loyalty_memberships
                        WHERE id = :id AND chain_id IN (<chainIds>) AND is_active = :active""")
                .bind("id", id.toString())
                .bindList("chainIds", chainIds.stream().map(UUID::toString).toList())
                .bind("active", true)
                .map(mapper)
                .findOne();
    }

    /** The active primary memberships of an account in a program. */
    public List<LoyaltyMembership> primaries(Handle handle, UUID accountId, UUID programId) {
        return handle.createQuery("""
                        SELECT doc FROM loyalty_memberships
                        WHERE account_id = :accountId AND loyalty_program_id = :programId AND is_primary = :primary
                          AND is_active = :active""")
                .bind("accountId", accountId.toString())
                .bind("programId", programId.toString())
                .bind("primary", true)
                .bind("active", true)
                .map(mapper)
                .list();
    }

    /** How many active memberships a column (loyalty_program_id or loyalty_tier_id) points at an id. */
    public long activeCount(Handle handle, String column, UUID id) {
        return handle.createQuery("SELECT COUNT(*) FROM loyalty_memberships WHERE " + column
                        + " = :id AND is_active = :active")
                .bind("id", id.toString())
                .bind("active", true)
                .mapTo(Long.class)
                .one();
    }

    public Page<LoyaltyMembership> page(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "doc", "loyalty_memberships", "loyalty_memberships", filter, limitation, mapper,
                LoyaltyMembership::id);
    }

    private <S extends SqlStatement<S>> S bind(S statement, LoyaltyMembership membership, boolean active,
                                               Instant now) {
        return statement
                .bind("id", membership.id().toString())
                .bind("chainId", membership.chainId().toString())
                .bind("accountId", membership.accountId().toString())
                .bind("programId", membership.loyaltyProgramId().toString())
                .bind("tierId", membership.loyaltyTierId() == null ? null : membership.loyaltyTierId().toString())
                .bind("state", membership.state().name())
                .bind("isPrimary", membership.isPrimary())
                .bind("code", membership.code())
                .bind("providerId", membership.providerMembershipId())
                .bind("isActive", active)
                .bind("now", now.toEpochMilli())
                .bind("doc", documents.write(membership));
    }
}
