package dev.connector.webhooks;

import dev.connector.demo.DemoIds;
import dev.connector.demo.DemoSeed;
import dev.connector.events.GeneralEventKind;
import dev.connector.events.Outbox;
import dev.connector.events.Transactions;
import dev.connector.events.Tx;
import dev.connector.integrations.IntegrationStore;
import dev.connector.live.LiveFeed;
import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;
import dev.connector.store.Notifications;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * General and Integration Webhooks, from the outbox to partners' URLs: the router that batches committed events
 * into stored messages, the dispatcher that sends them with retries, the admin endpoints, and the {@code
 * --webhook-url} registration. Close it to stop delivering (claims are released for the next start).
 */
public final class WebhooksModule implements FeatureModule, AutoCloseable {

    /** The notification channel announced after messages were queued (routed or replayed): there is work to send. */
    static final String CHANNEL = "connector_webhooks";

    /** The first demo application, which {@code --webhook-url} registers for. */
    static final UUID DEMO_APPLICATION_ID = DemoIds.of("application/1");

    private static final Logger LOG = LoggerFactory.getLogger(WebhooksModule.class);

    private final WebhookSettings settings;
    private final Transactions transactions;
    private final WebhookStore store;
    private final Clock clock;
    private final Notifications notifications;
    private final WebhookRegistrations registrations;
    private final WebhookSender sender;
    private final WebhookRouter router;
    private final WebhookDispatcher dispatcher;
    private final WebhookAdmin admin;
    private final List<AutoCloseable> subscriptions = new ArrayList<>();

    private WebhooksModule(Platform platform, WebhookSettings settings, IntegrationStore integrations,
                           DeliveryFaults faults, LiveFeed live) {
        this.settings = settings;
        this.transactions = platform.transactions();
        this.notifications = platform.database().notifications();
        this.clock = platform.clock();
        this.store = new WebhookStore(platform.database().dialect());
        this.registrations = new WebhookRegistrations(transactions, store, integrations, settings.signingGrace(),
                platform.clock());
        this.sender = new WebhookSender(settings.timeout(),
                new TargetGuard(platform.sandbox() || settings.allowPrivateTargets()));
        this.dispatcher = new WebhookDispatcher(transactions, store, sender, faults, settings,
                new WebhookMetrics(platform.meters()), platform.time().real(), live);
        Runnable messagesQueued = () -> notifications.announce(CHANNEL);
        this.router = new WebhookRouter(transactions, platform.outbox(), store, platform.json(), settings,
                platform.ids(), platform.time().real(), messagesQueued);
        this.admin = new WebhookAdmin(registrations, transactions, store, platform.json(), messagesQueued,
                platform.clock());
    }

    /**
     * Starts routing and delivery. In the sandbox ({@link Platform#sandbox()}) targets on private addresses are
     * allowed (partners test on their own machine); outside it they need {@link WebhookSettings#allowPrivateTargets()}.
     */
    public static WebhooksModule start(Platform platform, WebhookSettings settings, IntegrationStore integrations,
                                       LiveFeed live) {
        return start(platform, settings, integrations, DeliveryFaults.NONE, live);
    }

    /** Like {@link #start(Platform, WebhookSettings, IntegrationStore, LiveFeed)}, every attempt going through {@code faults}. */
    public static WebhooksModule start(Platform platform, WebhookSettings settings, IntegrationStore integrations,
                                       DeliveryFaults faults, LiveFeed live) {
        WebhooksModule webhooks = new WebhooksModule(platform, settings, integrations, faults, live);
        webhooks.registerStartupUrlIfPossible();
        webhooks.subscriptions.add(webhooks.notifications.subscribe(Outbox.CHANNEL, webhooks.router::wake));
        webhooks.subscriptions.add(webhooks.notifications.subscribe(CHANNEL, webhooks.dispatcher::wake));
        webhooks.dispatcher.start();
        webhooks.router.start();
        return webhooks;
    }

    @Override
    public void register(Registrar registrar) {
        registrar.routes(admin).demoSeed(startupUrlSeed()).worker(this);
    }

    /** The application's registration with its secrets masked (for the admin API's application detail). */
    public WebhookRegistration registration(UUID applicationId) {
        return registrations.registration(applicationId);
    }

    /** The General Webhook events the integration receives. */
    public List<GeneralEventKind> generalEvents(UUID integrationId) {
        return registrations.events(integrationId);
    }

    /** How many messages the delivery log holds, by state (every state present, zero when none). */
    public Map<MessageState, Long> messageCounts() {
        Map<MessageState, Long> counts = new EnumMap<>(MessageState.class);
        for (MessageState state : MessageState.values()) {
            counts.put(state, 0L);
        }
        counts.putAll(transactions.read(store::countsByState));
        return counts;
    }

    /** Server processes sharing the store whose delivery heartbeat is recent (at least this one). */
    public int aliveNodes() {
        Instant since = clock.instant().minus(WebhookDispatcher.NODE_STALE_AFTER);
        return Math.max(1, transactions.read(handle -> store.aliveNodes(handle, since)));
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
            for (AutoCloseable subscription : subscriptions) {
                subscription.close();
            }
            router.close();
            dispatcher.close();
        } finally {
            sender.close();
        }
    }
}
