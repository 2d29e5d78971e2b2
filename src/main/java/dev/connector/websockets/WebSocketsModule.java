package dev.connector.websockets;

import dev.connector.events.Outbox;
import dev.connector.events.Transactions;
import dev.connector.http.ErrorResponses;
import dev.connector.http.HttpRoutes;
import dev.connector.http.ServerTuning;
import dev.connector.integrations.Authenticator;
import dev.connector.integrations.IntegrationStore;
import dev.connector.live.LiveFeed;
import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The real-time channel at {@code /ws/connector}, assembled once by the composition root: its routes (the upgrade
 * and the admin choice of event types), its Jetty tuning, and the hub fed from the outbox. Close it to stop.
 */
public final class WebSocketsModule implements FeatureModule, AutoCloseable {

    private final Hub hub;
    private final Transactions transactions;
    private final EventSelections selections;
    private final AutoCloseable commits;
    private final List<HttpRoutes> routes;
    private final ServerTuning tuning;

    private WebSocketsModule(Hub hub, Transactions transactions, EventSelections selections, AutoCloseable commits,
                             List<HttpRoutes> routes, ServerTuning tuning) {
        this.hub = hub;
        this.transactions = transactions;
        this.selections = selections;
        this.commits = commits;
        this.routes = routes;
        this.tuning = tuning;
    }

    /**
     * Starts the hub, woken after every commit of events by this process or, on PostgreSQL, by the other processes
     * sharing the store. Reads the TLS files now, so a wrong one stops the start.
     */
    public static WebSocketsModule start(Platform platform, WebSocketSettings settings, Authenticator authenticator,
                                         IntegrationStore integrations, ErrorResponses errors, LiveFeed live) {
        return start(platform, settings, authenticator, integrations, errors, SocketFaults.NONE, live);
    }

    /** Like the method above, with the sandbox's fault rules consulted before events are handed to a socket. */
    public static WebSocketsModule start(Platform platform, WebSocketSettings settings, Authenticator authenticator,
                                         IntegrationStore integrations, ErrorResponses errors, SocketFaults faults,
                                         LiveFeed live) {
        Optional<Tls> tls = settings.tls() ? Optional.of(Tls.load(settings.tlsCert(), settings.tlsKey())) : Optional.empty();
        EventSelections selections = new EventSelections(platform.json());
        Hub hub = new Hub(platform.transactions(), platform.outbox(),
                new Audiences(platform.transactions(), integrations, selections), platform.json(), settings,
                platform.time().real(), platform.meters(), faults, live);
        UpgradeRoutes upgrades = new UpgradeRoutes(authenticator, platform.transactions(), selections, errors, hub);
        EventSelectionRoutes admin = new EventSelectionRoutes(platform.transactions(), integrations, selections,
                platform.json(), hub);
        AutoCloseable commits = platform.database().notifications().subscribe(Outbox.CHANNEL, hub::wake);
        hub.start();
        List<HttpRoutes> routes = List.of(upgrades, admin, new WebSocketsAdmin(hub, platform.json()));
        return new WebSocketsModule(hub, platform.transactions(), selections, commits, routes,
                new WebSocketTuning(upgrades, settings, tls));
    }

    /** The upgrade at {@code /ws/connector}, the admin endpoint for the event types, and the hub as a worker. */
    @Override
    public void register(Registrar registrar) {
        routes.forEach(registrar::routes);
        registrar.worker(this);
    }

    /** Must be passed to the server: it creates the sockets, and serves TLS when configured. */
    public ServerTuning tuning() {
        return tuning;
    }

    /** An integration changed (state, enterprises): its sockets follow, closing when it is no longer enabled. */
    public void integrationChanged(UUID integrationId) {
        hub.integrationChanged(integrationId);
    }

    /** WebSockets open on this node. */
    public int openSockets() {
        return hub.openSockets();
    }

    /** The event types the integration's sockets receive (all until it chooses). */
    public Set<EventKind> events(UUID integrationId) {
        return transactions.read(handle -> selections.of(handle, integrationId));
    }

    @Override
    public void close() throws Exception {
        commits.close();
        hub.close();
    }
}
