package dev.connector.events;

import dev.connector.api.ApiJson;
import dev.connector.store.Database;
import java.time.Instant;
import java.util.List;

/**
 * Commits outbox rows exactly as a writing transaction does, but without announcing them: readers such as the
 * WebSocket hub learn of them only at their next poll, as if they were slow to pick a commit up.
 */
public final class UnannouncedEvents {

    private UnannouncedEvents() {
    }

    public static void commit(Database database, DomainEvent... events) {
        Outbox outbox = new Outbox(ApiJson.forStoredJson(), database.dialect());
        database.jdbi().useTransaction(handle -> outbox.append(handle, List.of(events), Instant.now()));
    }
}
