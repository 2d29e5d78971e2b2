package dev.connector.customers;

import dev.connector.store.Database;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/**
 * Gives out customer numbers, unique in each chain. SQLite's single writer takes the number inside the customer's
 * transaction, so numbers follow each other without gaps.
 *
 * <p>Where writers run concurrently (PostgreSQL), holding the chain's counter row until the customer commits made
 * every writer of the chain wait for the one before, and even a short transaction of its own held the row across a
 * round trip to a busy server. Instead, numbers are taken before the customer's transaction, in blocks: one
 * request of a chain at a time reserves on this process, and it reserves one number for itself and one for every
 * request of the same chain queued behind it, which then take theirs without touching the store. Under little load
 * the block is one number; under load one short transaction serves many requests. Numbers still in hand serve the
 * next requests; they are lost only when the process stops with some left, or when a customer's transaction fails,
 * so numbers may have gaps and, with several processes, interleave. Thread-safe.
 */
final class CustomerNumbers {

    /** The largest block one reservation takes: bounds the numbers a stopping process can leave unused. */
    static final int MAX_BLOCK = 64;

    /** The numbers this process holds for one chain, {@code next} to {@code last} inclusive, and who is taking. */
    private static final class Reserved {
        private final ReentrantLock taking = new ReentrantLock(true);
        private long next = 1;
        private long last = 0;
    }

    private final Database database;
    private final CustomerStore store;
    private final Map<UUID, Reserved> chains = new ConcurrentHashMap<>();

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
        String number = Long.toString(take(chains.computeIfAbsent(chainId, id -> new Reserved()), chainId));
        return handle -> number;
    }

    private long take(Reserved reserved, UUID chainId) {
        reserved.taking.lock();
        try {
            if (reserved.next > reserved.last) {
                int block = Math.min(MAX_BLOCK, 1 + reserved.taking.getQueueLength());
                long last = database.writers().call(() -> database.jdbi().inTransaction(handle -> {
                    // A customer holding one of these numbers commits after this and waits for the disk, which writes
                    // this transaction's commit first: a number in use is never given out again after a crash.
                    database.dialect().commitWithoutWaitingForDisk(handle);
                    return store.reserveNumbers(handle, chainId, block);
                }));
                reserved.next = last - block + 1;
                reserved.last = last;
            }
            return reserved.next++;
        } finally {
            reserved.taking.unlock();
        }
    }
}
