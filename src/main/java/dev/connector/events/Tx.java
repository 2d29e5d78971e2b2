package dev.connector.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * One writing transaction: SQL through {@link #handle()}, and events through {@link #emit} that are written to
 * the outbox in the same transaction, just before it commits. Not thread-safe; lives inside one callback.
 */
public final class Tx {

    private final Handle handle;
    private final Instant now;
    private final List<DomainEvent> events = new ArrayList<>();

    Tx(Handle handle, Instant now) {
        this.handle = handle;
        this.now = now;
    }

    public Handle handle() {
        return handle;
    }

    /** The transaction's time: every row it writes uses the same instant. */
    public Instant now() {
        return now;
    }

    public void emit(DomainEvent event) {
        events.add(event);
    }

    List<DomainEvent> events() {
        return events;
    }
}
