package dev.connector.events;

import dev.connector.store.Database;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The only way domain code changes data: a callback runs in one transaction, the events it emitted are
 * written to the outbox in that same transaction, and after the commit the outbox's channel is announced
 * ({@link Outbox#CHANNEL}), which wakes the event workers of this process and of the others sharing the store.
 */
public final class Transactions {

    /** What a committed transaction returned, and the events it wrote. */
    private record Committed<T>(T result, List<DomainEvent> events) {
    }

    /** What {@link #recording} returns: the work's result and the events committed while it ran. */
    public record Recorded<T>(T result, List<DomainEvent> events) {
    }

    private final Database database;
    private final Outbox outbox;
    private final Clock clock;
    /** The events committed so far by the {@link #recording} running on this thread, if one is. */
    private final ThreadLocal<List<DomainEvent>> recorded = new ThreadLocal<>();

    public Transactions(Database database, Outbox outbox, Clock clock) {
        this.database = database;
        this.outbox = outbox;
        this.clock = clock;
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
            outbox.append(handle, tx.events(), tx.now());
            return new Committed<>(result, List.copyOf(tx.events()));
        });
    }

    private <T> T announced(Committed<T> committed) {
        if (!committed.events().isEmpty()) {
            List<DomainEvent> recording = recorded.get();
            if (recording != null) {
                recording.addAll(committed.events());
            }
            database.notifications().announce(Outbox.CHANNEL);
        }
        return committed.result();
    }

    /**
     * Runs {@code work} on this thread and returns, with its result, the events of every transaction it committed
     * (in commit order), so that the sandbox can tell what one change published. Events of a transaction that
     * rolled back are not included. Recordings do not nest.
     */
    public <T> Recorded<T> recording(Supplier<T> work) {
        if (recorded.get() != null) {
            throw new IllegalStateException("A recording is already running on this thread.");
        }
        List<DomainEvent> events = new ArrayList<>();
        recorded.set(events);
        try {
            T result = work.get();
            return new Recorded<>(result, List.copyOf(events));
        } finally {
            recorded.remove();
        }
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
