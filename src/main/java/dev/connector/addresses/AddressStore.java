package dev.connector.addresses;

import dev.connector.accounts.AccountType;
import dev.connector.api.Limitation;
import dev.connector.customers.CustomerAddress;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
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

    /**
     * Keeps the row of the address a customer record shows (set through customers/add or customers/update) in step
     * with the record: adds it when it is new, rewrites it when its lines changed.
     */
    public void keepShown(Handle handle, UUID chainId, UUID customerId, CustomerAddress shown, Instant now) {
        AccountAddress address = new AccountAddress(shown.id(), customerId, chainId, AccountType.Customer,
                shown.line1(), shown.line2(), shown.city(), shown.postalCode(), shown.countryCode(),
                shown.countrySubdivisionCode(), shown.latitude(), shown.longitude(), now, true);
        Optional<AccountAddress> stored = handle.createQuery("SELECT doc FROM account_addresses WHERE id = :id")
                .bind("id", shown.id().toString())
                .map(mapper)
                .findOne();
        if (stored.isEmpty()) {
            insert(handle, address);
        } else if (stored.get().isActive() && !sameLines(stored.get(), address)) {
            update(handle, address);
        }
    }

    private static boolean sameLines(AccountAddress one, AccountAddress other) {
        return Objects.equals(one.line1(), other.line1()) && Objects.equals(one.line2(), other.line2())
                && Objects.equals(one.city(), other.city()) && Objects.equals(one.postalCode(), other.postalCode())
                && Objects.equals(one.countryCode(), other.countryCode())
                && Objects.equals(one.countrySubdivisionCode(), other.countrySubdivisionCode());
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
