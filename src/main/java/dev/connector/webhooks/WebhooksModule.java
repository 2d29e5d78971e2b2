package dev.connector.webhooks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connector.demo.DemoIds;
import dev.connector.demo.DemoSeed;
import dev.connector.events.Transactions;
import dev.connector.events.Tx;
import dev.connector.integrations.IntegrationStore;
import dev.connector.modules.FeatureModule;
import dev.connector.modules.Registrar;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * General and Integration Webhooks, from the outbox to partners' URLs: the router that batches committed events
 * into stored messages, the dispatcher that sends them with retries, the admin endpoints, and the {@code
 * --webhook-url} registration. Close it to stop delivering (claims are released for the next start).
 */
public final class WebhooksModule implements FeatureModule, AutoCloseable {

    /** The notification channel that tells other server processes there are messages to send. */
    static final String CHANNEL = "connector_webhooks";

    /** The first demo application, which {@code --webhook-url} registers for. */
    static final UUID DEMO_APPLICATION_ID = DemoIds.of("application/1");

    private static final Logger LOG = LoggerFactory.getLogger(WebhooksModule.class);

    private final WebhookSettings settings;
    private final Transactions transactions;
    private final WebhookRegistrations registrations;
    private final WebhookSender sender;
    private final WebhookRouter router;
    private final WebhookDispatcher dispatcher;
    private final WebhookAdmin admin;
    private AutoCloseable listener = () -> { };

    private WebhooksModule(WebhookSettings settings, boolean sandbox, Transactions transactions, IntegrationStore integrations,
                     ObjectMapper json, MeterRegistry meters, Clock clock) {
        this.settings = settings;
        this.transactions = transactions;
        WebhookStore store = new WebhookStore(transactions.database().dialect());
        this.registrations = new WebhookRegistrations(transactions, store, integrations, settings.signingGrace());
        this.sender = new WebhookSender(settings.timeout(), new TargetGuard(sandbox || settings.allowPrivateTargets()));
        this.dispatcher = new WebhookDispatcher(transactions, store, sender, settings, new WebhookMetrics(meters), clock);
        this.router = new WebhookRouter(transactions, store, json, settings, UUID::randomUUID, dispatcher::wake);
        this.admin = new WebhookAdmin(registrations, transactions, store, json, dispatcher::wake);
    }

    /**
     * Starts routing and delivery. {@code sandbox} allows targets on private addresses (partners test on their
     * own machine); outside it they need {@link WebhookSettings#allowPrivateTargets()}.
     */
    public static WebhooksModule start(WebhookSettings settings, boolean sandbox, Transactions transactions,
                                 IntegrationStore integrations, ObjectMapper json, MeterRegistry meters) {
        WebhooksModule webhooks = new WebhooksModule(settings, sandbox, transactions, integrations, json, meters,
                transactions.clock());
        webhooks.registerStartupUrlIfPossible();
        transactions.onCommit(webhooks.router::wake);
        webhooks.dispatcher.start();
        webhooks.router.start();
        webhooks.listener = transactions.database().dialect().listen(transactions.database().jdbi(), CHANNEL,
                webhooks.dispatcher::wake);
        return webhooks;
    }

    @Override
    public void register(Registrar registrar) {
        registrar.routes(admin).demoSeed(startupUrlSeed()).worker(this);
    }

    /** Registers {@code --webhook-url} for the first demo application when a fresh store is seeded. */
    private DemoSeed startupUrlSeed() {
        return (tx, hotel) -> {
            if (settings.startupUrl() != null && hotel.key().equals("uk")) {
                registerStartupUrl(tx);
            }
        };
    }

    private void registerStartupUrlIfPossible() {
        if (settings.startupUrl() == null) {
            return;
        }
        boolean registered = transactions.write(tx -> {
            int found = tx.handle().createQuery("SELECT COUNT(*) FROM applications WHERE id = :id")
                    .bind("id", DEMO_APPLICATION_ID.toString())
                    .mapTo(Integer.class)
                    .one();
            if (found == 0) {
                return false; // a fresh store: the demo seed registers it
            }
            registerStartupUrl(tx);
            return true;
        });
        if (!registered) {
            LOG.info("--webhook-url will be registered when the demo data is seeded");
        }
    }

    private void registerStartupUrl(Tx tx) {
        registrations.register(tx, DEMO_APPLICATION_ID, new EndpointChange(settings.startupUrl(), settings.startupUrl(),
                new EndpointChange.Keep(), new EndpointChange.Keep()));
        LOG.info("Webhooks of the first demo application go to {}", settings.startupUrl());
    }

    @Override
    public void close() throws Exception {
        try {
            listener.close();
            router.close();
            dispatcher.close();
        } finally {
            sender.close();
        }
    }
}
