package dev.connector.integrations;

import dev.connector.api.Require;
import dev.connector.events.Transactions;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** Registers partner applications, each with a new random ClientToken. Thread-safe. */
public final class ApplicationRegistry {

    private final Transactions transactions;
    private final IntegrationStore store;
    private final Tokens tokens;
    private final Supplier<UUID> ids;

    public ApplicationRegistry(Transactions transactions, IntegrationStore store, Tokens tokens, Supplier<UUID> ids) {
        this.transactions = transactions;
        this.store = store;
        this.tokens = tokens;
        this.ids = ids;
    }

    /** Registers an application; {@code name} is required (the request's {@code Name}). */
    public Application register(String name) {
        String trimmed = Require.maxLength(Require.text(name, "Name").strip(), 255, "Name");
        return transactions.write(tx -> {
            Application application = new Application(ids.get(), trimmed, tokens.newToken(), tx.now());
            store.insertApplication(tx.handle(), application);
            return application;
        });
    }

    /** Every application, oldest first. */
    public List<Application> all() {
        return transactions.read(store::applications);
    }
}
