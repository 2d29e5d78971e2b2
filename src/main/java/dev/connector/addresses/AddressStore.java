package dev.connector.addresses;

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

/** SQL for account addresses: one row per address with its chain and account, the API record in {@code doc}. */
public final class AddressStore {

    private final Documents documents;
    private final RowMapper<AccountAddress> mapper;

    public AddressStore(Documents documents) {
        this.documents = documents;
        this.mapper = documents.rowMapper(AccountAddress.class);
    }

    public void insert(Handle handle, AccountAddress address) {
        handle.createUpdate("""
                        INSERT INTO account_addresses (id, chain_id, account_id, account_type, is_active, updated_utc, doc)
                        VALUES (:id, :chainId, :accountId, :accountType, :isActive, :updatedUtc, :doc)""")
                .bind("id", address.id().toString())
                .bind("chainId", address.chainId().toString())
                .bind("accountId", address.accountId().toString())
                .bind("accountType", address.accountType().name())
                .bind("isActive", address.isActive())
                .bind("updatedUtc", address.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(address))
                .execute();
    }

    public void update(Handle handle, AccountAddress address) {
        handle.createUpdate("""
                        UPDATE account_addresses SET is_active = :isActive, updated_utc = :updatedUtc, doc = :doc
                        WHERE id = :id""")
                .bind("id", address.id().toString())
                .bind("isActive", address.isActive())
                .bind("updatedUtc", address.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(address))
                .execute();
    }

    /** The active address with this id in one of the chains. */
    public Optional<AccountAddress> findActive(Handle handle, Collection<UUID> chainIds, UUID id) {
        return handle.createQuery("""
                        SELECT doc FROM account_addresses
                        WHERE id = :id AND chain_id IN (<chainIds>) AND is_active = :active""")
                .bind("id", id.toString())
                .bindList("chainIds", chainIds.stream().map(UUID::toString).toList())
                .bind("active", true)
                .map(mapper)
                .findOne();
    }

    /** The active addresses of an account, oldest first. */
    public List<AccountAddress> activeOf(Handle handle, UUID accountId) {
        return handle.createQuery("""
                        SELECT doc FROM account_addresses WHERE account_id = :accountId AND is_active = :active
                        ORDER BY seq""")
                .bind("accountId", accountId.toString())
                .bind("active", true)
                .map(mapper)
                .list();
    }

    public Page<AccountAddress> page(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "doc", "account_addresses", "account_addresses", filter, limitation, mapper,
                AccountAddress::id);
    }
}
