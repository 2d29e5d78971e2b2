package dev.connector.admin;

import dev.connector.demo.DemoData;
import dev.connector.events.Transactions;
import dev.connector.integrations.IntegrationLifecycle;
import dev.connector.integrations.IntegrationState;
import dev.connector.integrations.IntegrationStore;
import dev.connector.store.Dialect;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Puts a sandbox back to its demo state in one transaction: empties every table except the migration history,
 * the event outbox and the delivery tables ({@code webhook_*}, {@code ws_*}), then seeds the demo data again.
 * Tables are found from the store's metadata, so tables added by later migrations are emptied too.
 *
 * <p>The outbox and delivery tables are kept so that event positions and delivery cursors never go back; for
 * the same reason they must not hold foreign keys to the emptied tables, and demo seeds must not write to them.
 */
public final class SandboxReset {

    private static final Set<String> KEPT = Set.of("flyway_schema_history", "events");
    private static final List<String> KEPT_PREFIXES = List.of("webhook_", "ws_");

    /** What a reset did. */
    public record Outcome(Instant resetUtc, List<String> emptiedTables) {
    }

    private final Transactions transactions;
    private final Dialect dialect;
    private final IntegrationStore integrations;
    private final IntegrationLifecycle lifecycle;
    private final DemoData demoData;

    public SandboxReset(Transactions transactions, Dialect dialect, IntegrationStore integrations,
                        IntegrationLifecycle lifecycle, DemoData demoData) {
        this.transactions = transactions;
        this.dialect = dialect;
        this.integrations = integrations;
        this.lifecycle = lifecycle;
        this.demoData = demoData;
    }

    /** True for the tables a reset leaves as they are. */
    public static boolean survivesReset(String table) {
        String name = table.toLowerCase(Locale.ROOT);
        return KEPT.contains(name) || KEPT_PREFIXES.stream().anyMatch(name::startsWith);
    }

    public Outcome reset() {
        DemoData demo = demoData;
        Map<UUID, IntegrationState> changes = new LinkedHashMap<>();
        Outcome outcome = transactions.write(tx -> {
            Map<UUID, IntegrationState> before = integrations.states(tx.handle());
            List<String> emptied = dialect.tables(tx.handle()).stream()
                    .filter(table -> !survivesReset(table))
                    .toList();
            dialect.emptyTables(tx.handle(), emptied);
            demo.seed(tx);
            Map<UUID, IntegrationState> after = integrations.states(tx.handle());
            before.forEach((id, state) -> {
                IntegrationState now = after.getOrDefault(id, IntegrationState.Deleted);
                if (now != state) {
                    changes.put(id, now);
                }
            });
            return new Outcome(tx.now(), emptied);
        });
        // Integrations the reset removed or re-enabled: open connections of removed ones must be closed.
        lifecycle.notifyListeners(changes);
        return outcome;
    }
}
