package dev.connector.customers;

import com.fasterxml.jackson.databind.util.RawValue;
import dev.connector.addresses.AddressStore;
import dev.connector.api.Limitation;
import dev.connector.store.Dialect;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * SQL for customers: one row per customer with its chain, the columns that filters use, and the API record in
 * {@code doc}. Every read is scoped by chain, so a query can never reach another chain's customers.
 */
public final class CustomerStore {

    private final Documents documents;
    private final Dialect dialect;
    private final RowMapper<Customer> mapper;
    private final AddressStore addresses;

    public CustomerStore(Documents documents, Dialect dialect) {
        this.documents = documents;
        this.dialect = dialect;
        this.mapper = documents.rowMapper(Customer.class);
        this.addresses = new AddressStore(documents);
    }

    public void insert(Handle handle, Customer customer) {
        bindColumns(handle.createUpdate("""
                        INSERT INTO customers (id, chain_id, number, email_key, first_name_key, last_name_key,
                            loyalty_code, company_id, is_active, created_utc, updated_utc, doc, doc_shape)
                        VALUES (:id, :chainId, :number, :emailKey, :firstNameKey, :lastNameKey, :loyaltyCode,
                            :companyId, :isActive, :createdUtc, :updatedUtc, :doc, :docShape)"""), customer)
                .bind("number", customer.number())
                .execute();
        keepAddressListed(handle, customer);
    }

    /** Rewrites a customer's row from its record; the chain and number never change. */
    public void update(Handle handle, Customer customer) {
        bindColumns(handle.createUpdate("""
                        UPDATE customers SET email_key = :emailKey, first_name_key = :firstNameKey,
                            last_name_key = :lastNameKey, loyalty_code = :loyaltyCode, company_id = :companyId,
                            is_active = :isActive, created_utc = :createdUtc, updated_utc = :updatedUtc, doc = :doc,
                            doc_shape = :docShape
                        WHERE id = :id AND chain_id = :chainId"""), customer)
                .execute();
        keepAddressListed(handle, customer);
    }

    /**
     * Like {@link #update}, for a customer whose email changes: returns false, having written nothing, when another
     * active customer of the chain already uses the email (committed, or committed meanwhile by a concurrent writer).
     */
    public boolean updateWithNewEmail(Handle handle, Customer customer) {
        handle.savepoint("new_email");
        try {
            update(handle, customer);
        } catch (RuntimeException e) {
            if (!isDuplicateEmail(e)) {
                throw e;
            }
            handle.rollbackToSavepoint("new_email");
            return false;
        }
        handle.release("new_email");
        return true;
    }

    /**
     * True when {@code error} is the store refusing a second active customer with the same email in a chain (the
     * unique index {@code customers_active_email_key}).
     */
    public boolean isDuplicateEmail(Throwable error) {
        if (!dialect.isUniqueViolation(error)) {
            return false;
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (String.valueOf(cause.getMessage()).contains("email_key")) {
                return true;
            }
        }
        return false;
    }

    /** The address a customer shows is one of its account addresses too (addresses/getAll lists it). */
    private void keepAddressListed(Handle handle, Customer customer) {
        if (customer.address() != null) {
            addresses.keepShown(handle, customer.chainId(), customer.id(), customer.address(), customer.updatedUtc());
        }
    }

    /** Marks a customer as deleted at {@code now}; returns the record as it now reads. */
    public Customer delete(Handle handle, Customer customer, Instant now) {
        Customer deleted = customer.deleted(now);
        update(handle, deleted);
        handle.createUpdate("UPDATE customers SET deleted_utc = :now WHERE id = :id")
                .bind("now", now.toEpochMilli())
                .bind("id", customer.id().toString())
                .execute();
        return deleted;
    }

    /** The customer with this id in one of the given chains. */
    public Optional<Customer> find(Handle handle, Collection<UUID> chainIds, UUID id) {
        if (chainIds.isEmpty()) {
            return Optional.empty();
        }
        return handle.createQuery("SELECT doc FROM customers WHERE id = :id AND chain_id IN (<chainIds>)")
                .bind("id", id.toString())
                .bindList("chainIds", texts(chainIds))
                .map(mapper)
                .findOne();
    }

    /** The customers of a chain with these ids, in creation order. */
    public List<Customer> byIds(Handle handle, UUID chainId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return handle.createQuery("SELECT doc FROM customers WHERE chain_id = :chainId AND id IN (<ids>) ORDER BY seq")
                .bind("chainId", chainId.toString())
                .bindList("ids", texts(ids))
                .map(mapper)
                .list();
    }

    /** An active customer of the chain using this email (letter case ignored), other than {@code exceptId}. */
    public Optional<Customer> activeWithEmail(Handle handle, UUID chainId, String email, UUID exceptId) {
        return handle.createQuery("""
                        SELECT doc FROM customers
                        WHERE chain_id = :chainId AND email_key = :emailKey AND is_active = :active AND id <> :exceptId
                        ORDER BY seq LIMIT 1""")
                .bind("chainId", chainId.toString())
                .bind("emailKey", key(email))
                .bind("active", true)
                .bind("exceptId", exceptId == null ? "" : exceptId.toString())
                .map(mapper)
                .findOne();
    }

    /**
     * Active customers of a chain whose "first last" or "last first" name contains {@code name}, letter case
     * ignored, in creation order, at most {@code limit}.
     */
    public List<Customer> activeByName(Handle handle, UUID chainId, String name, int limit) {
        // '!' escapes LIKE wildcards: a backslash would need different quoting in each dialect and in Jdbi's parser.
        String pattern = "%" + key(name.strip()).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return handle.createQuery("""
                        SELECT doc FROM customers
                        WHERE chain_id = :chainId AND is_active = :active
                          AND (COALESCE(first_name_key, '') || ' ' || last_name_key LIKE :pattern ESCAPE '!'
                               OR last_name_key || ' ' || COALESCE(first_name_key, '') LIKE :pattern ESCAPE '!')
                        ORDER BY seq LIMIT :limit""")
                .bind("chainId", chainId.toString())
                .bind("active", true)
                .bind("pattern", pattern)
                .bind("limit", limit)
                .map(mapper)
                .list();
    }

    /** Like {@link #page}, as the stored documents: the customers with their addresses. */
    public Page<RawValue> documentPage(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetchDocuments(handle, documents, "customers", "customers", filter, limitation, Customer.class);
    }

    /** One page of customers matching {@code filter} (whose columns are those of the customers table). */
    public Page<Customer> page(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "customers.doc", "customers", "customers", filter, limitation, mapper,
                Customer::id);
    }

    /**
     * The next customer number of the chain (1, 2, 3, ...). Locks the chain's counter row until the transaction
     * ends: see {@link CustomerNumbers} for taking one without holding it that long.
     */
    public String nextNumber(Handle handle, UUID chainId) {
        return Long.toString(reserveNumbers(handle, chainId, 1));
    }

    /**
     * Moves the chain's counter on by {@code count} and returns the last number of the block taken; the block is the
     * {@code count} numbers up to it. Locks the counter row until the transaction ends.
     */
    long reserveNumbers(Handle handle, UUID chainId, int count) {
        return handle.createQuery("""
                        UPDATE customer_numbers SET last_number = last_number + :count WHERE chain_id = :chainId
                        RETURNING last_number""")
                .bind("count", count)
                .bind("chainId", chainId.toString())
                .mapTo(Long.class)
                .findOne()
                .orElseGet(() -> {
                    // The chain's first customer: its counter row is made on demand.
                    ensureCounter(handle, chainId);
                    return reserveNumbers(handle, chainId, count);
                });
    }

    /** Lowercased form of an email or name, as the *_key columns hold it. */
    static String key(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    private void ensureCounter(Handle handle, UUID chainId) {
        handle.createUpdate("""
                        INSERT INTO customer_numbers (chain_id, last_number) VALUES (:chainId, 0)
                        ON CONFLICT (chain_id) DO NOTHING""")
                .bind("chainId", chainId.toString())
                .execute();
    }

    private <S extends SqlStatement<S>> S bindColumns(S statement, Customer customer) {
        return documents.bindDocument(statement, customer)
                .bind("id", customer.id().toString())
                .bind("chainId", customer.chainId().toString())
                .bind("emailKey", key(customer.email()))
                .bind("firstNameKey", key(customer.firstName()))
                .bind("lastNameKey", key(customer.lastName()))
                .bind("loyaltyCode", customer.loyaltyCode())
                .bind("companyId", customer.companyId() == null ? null : customer.companyId().toString())
                .bind("isActive", customer.isActive())
                .bind("createdUtc", customer.createdUtc().toEpochMilli())
                .bind("updatedUtc", customer.updatedUtc().toEpochMilli());
    }

    private static List<String> texts(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).toList();
    }
}
