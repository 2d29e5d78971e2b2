package dev.connector.modules;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connector.clock.EnterpriseTime;
import dev.connector.events.Outbox;
import dev.connector.events.Transactions;
import dev.connector.store.Database;
import dev.connector.store.Documents;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What every module may be built from: the store, the one way to change it, the JSON conventions, time and ids.
 *
 * @param json        the API's mapper (case-insensitive requests, the API's shapes)
 * @param storedJson  the mapper for what the server stored itself (exact property names)
 * @param ids         the source of new entity ids (random in production, replaceable in tests)
 * @param sandbox     true unless the server runs with {@code --production}
 */
public record Platform(Database database, Transactions transactions, Outbox outbox, Documents documents,
                       ObjectMapper json, ObjectMapper storedJson, Clock clock, Supplier<UUID> ids,
                       MeterRegistry meters, boolean sandbox) {

    /**
     * The clock as the seam of enterprise time: each enterprise's own time inside its operations, the real time
     * elsewhere. A platform built on a plain clock has no test clocks.
     */
    public EnterpriseTime time() {
        return clock instanceof EnterpriseTime time ? time : new EnterpriseTime(clock);
    }
}
