package dev.connector.payments;

import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** What kind of account an id is in a chain: a customer or a company (the two account types bills are issued to). */
public final class Accounts {

    public static final String CUSTOMER = "Customer";
    public static final String COMPANY = "Company";

    private Accounts() {
    }

    /** "Customer" or "Company" for an active account of the chain, empty when the id is neither. */
    public static Optional<String> typeOf(Handle handle, UUID chainId, UUID accountId) {
        if (exists(handle, "customers", chainId, accountId)) {
            return Optional.of(CUSTOMER);
        }
        if (exists(handle, "companies", chainId, accountId)) {
            return Optional.of(COMPANY);
        }
        return Optional.empty();
    }

    private static boolean exists(Handle handle, String table, UUID chainId, UUID accountId) {
        return handle.createQuery("SELECT COUNT(*) FROM " + table
                        + " WHERE id = :id AND chain_id = :chainId AND is_active = :active")
                .bind("id", accountId.toString())
                .bind("chainId", chainId.toString())
                .bind("active", true)
                .mapTo(Integer.class)
                .one() > 0;
    }
}
