package dev.connector.customers;

import dev.connector.store.Database;
import java.util.UUID;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/**
 * Gives out customer numbers, unique in each chain. Where writers run concurrently (PostgreSQL), a number is taken
 * in a short transaction of its own before the customer's transaction begins, so the chain's counter row is locked
 * for one update instead of until the customer commits, which made every writer of the chain wait for the one
 * before. A customer transaction that then fails, or overwrites an existing customer, leaves its number unused:
 * numbers may have gaps. SQLite's single writer takes the number inside the customer's transaction. Thread-safe.
 */
final class CustomerNumbers {

    private final Database database;
    private final CustomerStore store;

    CustomerNumbers(Database database, CustomerStore store) {
        this.database = database;
        this.store = store;
    }

    /**
     * Call before the customer's transaction; the returned function gives the number inside it (the one taken
     * already, or the next one of the counter in that transaction).
     */
    Function<Handle, String> reserve(UUID chainId) {
        if (!database.dialect().writesConcurrently()) {
            return handle -> store.nextNumber(handle, chainId);
        }
        String number = database.writers().call(() -> database.jdbi().inTransaction(handle -> {
            // A customer holding this number commits after this and waits for the disk, which writes this
            // transaction's commit first: a number in use is never lost in a crash.
            database.dialect().commitWithoutWaitingForDisk(handle);
            return store.nextNumber(handle, chainId);
        }));
        return handle -> number;
    }
}
