package dev.connector.events;

import dev.connector.store.Database;
import java.time.Clock;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The only way domain code changes data: a callback runs in one transaction, the events it emitted are
 * written to the outbox in that same transaction, and after the commit the outbox's channel is announced
 * ({@link Outbox#CHANNEL}), which wakes the event workers of this process and of the others sharing the store.
 */
public final class Transactions {

    /** What a committed transaction returned, and whether it wrote events. */
    private record Committed<T>(T result, boolean wroteEvents) {
    }

    private final Database database;
    private final Outbox outbox;
    private final Clock clock;
    private final Clock outboxClock;

    public Transactions(Database database, Outbox outbox, Clock clock) {
        this(database, outbox, clock, clock);
    }

    /**
     * Transactions whose {@link Tx#now()} reads {@code clock} (an enterprise's time inside its operations) while
     * events are stamped by {@code outboxClock}, the real time that delivery, replay and latency are measured in.
     */
    public Transactions(Database database, Outbox outbox, Clock clock, Clock outboxClock) {
        this.database = database;
        this.outbox = outbox;
        this.clock = clock;
        this.outboxClock = outboxClock;
    }

    /** Runs {@code work} in a transaction and commits its rows and events together. */
    public <T> T write(Function<Tx, T> work) {
        return announced(database.writers().call(() -> commit(database.jdbi(), work)));
    }

    /**
     * Like {@link #write}, for the event delivery pipeline: enters ahead of queued request transactions, so that
     * a saturated API does not hold back the delivery of what it already committed. Runs on the pipeline's own
     * connection pool.
     */
    public <T> T writeAhead(Function<Tx, T> work) {
        return announced(database.writers().callAhead(() -> commit(database.pipeline(), work)));
    }

    private <T> Committed<T> commit(Jdbi jdbi, Function<Tx, T> work) {
        return jdbi.inTransaction(handle -> {
            Tx tx = new Tx(handle, clock.instant());
            T result = work.apply(tx);
            outbox.append(handle, tx.events(), outboxClock.instant());
            return new Committed<>(result, !tx.events().isEmpty());
        });
    }

    private <T> T announced(Committed<T> committed) {
        if (committed.wroteEvents()) {
            database.notifications().announce(Outbox.CHANNEL);
        }
        return committed.result();
    }

    /** Runs read-only work on a pooled connection. */
    public <T> T read(Function<Handle, T> work) {
        return database.jdbi().withHandle(work::apply);
    }

    /** Like {@link #read}, for the event pipeline: on its own connection pool. */
    public <T> T readAhead(Function<Handle, T> work) {
        return database.pipeline().withHandle(work::apply);
    }
}
