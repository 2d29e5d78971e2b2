package dev.connector.events;

import dev.connector.store.Database;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The only way domain code changes data: a callback runs in one transaction, the events it emitted are
 * written to the outbox in that same transaction, and listeners are woken after the commit.
 */
public final class Transactions {

    private final Database database;
    private final Outbox outbox;
    private final Clock clock;
    private final List<CommitListener> listeners = new CopyOnWriteArrayList<>();

    public Transactions(Database database, Outbox outbox, Clock clock) {
        this.database = database;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Runs {@code work} in a transaction and commits its rows and events together. */
    public <T> T write(Function<Tx, T> work) {
        return database.writers().call(() -> commit(database.jdbi(), work));
    }

    /**
     * Like {@link #write}, for the event delivery pipeline: enters ahead of queued request transactions, so that
     * a saturated API does not hold back the delivery of what it already committed. Runs on the pipeline's own
     * connection pool.
     */
    public <T> T writeAhead(Function<Tx, T> work) {
        return database.writers().callAhead(() -> commit(database.pipeline(), work));
    }

    private <T> T commit(Jdbi jdbi, Function<Tx, T> work) {
        Tx[] done = new Tx[1];
        T result = jdbi.inTransaction(handle -> {
            Tx tx = new Tx(handle, clock.instant());
            T value = work.apply(tx);
            outbox.append(handle, tx.events(), tx.now());
            done[0] = tx;
            return value;
        });
        if (!done[0].events().isEmpty()) {
            listeners.forEach(CommitListener::eventsCommitted);
        }
        return result;
    }

    /** Runs read-only work on a pooled connection. */
    public <T> T read(Function<Handle, T> work) {
        return database.jdbi().withHandle(work::apply);
    }

    /** Like {@link #read}, for the event pipeline: on its own connection pool. */
    public <T> T readAhead(Function<Handle, T> work) {
        return database.pipeline().withHandle(work::apply);
    }

    public void onCommit(CommitListener listener) {
        listeners.add(listener);
    }

    public Database database() {
        return database;
    }

    public Outbox outbox() {
        return outbox;
    }

    public Clock clock() {
        return clock;
    }
}
