package dev.connector.websockets;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connector.events.Transactions;
import dev.connector.http.ErrorResponses;
import dev.connector.http.HttpRoutes;
import dev.connector.modules.FeatureModule;
import dev.connector.modules.Registrar;
import dev.connector.http.ServerTuning;
import dev.connector.integrations.Authenticator;
import dev.connector.integrations.IntegrationStore;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The real-time channel at {@code /ws/connector}, assembled once by the composition root: its routes (the upgrade
 * and the admin choice of event types), its Jetty tuning, and the hub fed from the outbox. Close it to stop.
 */
public final class WebSocketsModule implements FeatureModule, AutoCloseable {

    private final Hub hub;
    private final Optional<PostgresWakeups> wakeups;
    private final List<HttpRoutes> routes;
    private final ServerTuning tuning;

    private WebSocketsModule(Hub hub, Optional<PostgresWakeups> wakeups, List<HttpRoutes> routes, ServerTuning tuning) {
        this.hub = hub;
        this.wakeups = wakeups;
        this.routes = routes;
        this.tuning = tuning;
    }

    /**
     * Starts the hub and, when {@code postgresUrl} is given, the LISTEN/NOTIFY wake-ups between nodes sharing that
     * database. Reads the TLS files now, so a wrong one stops the start.
     */
    public static WebSocketsModule start(WebSocketSettings settings, Transactions transactions, Authenticator authenticator,
                                   IntegrationStore integrations, ErrorResponses errors, ObjectMapper json,
                                   MeterRegistry meters, Clock clock, String postgresUrl) {
        Optional<Tls> tls = settings.tls() ? Optional.of(Tls.load(settings.tlsCert(), settings.tlsKey())) : Optional.empty();
        EventSelections selections = new EventSelections(json);
        Hub hub = new Hub(transactions, new Audiences(transactions, integrations, selections), json, settings, clock, meters);
        UpgradeRoutes upgrades = new UpgradeRoutes(authenticator, transactions, selections, errors, hub);
        EventSelectionRoutes admin = new EventSelectionRoutes(transactions, integrations, selections, json, hub);
        Optional<PostgresWakeups> wakeups = Optional.ofNullable(postgresUrl)
                .map(url -> new PostgresWakeups(url, transactions.database().pipeline(), hub::wake));
        transactions.onCommit(hub::wake);
        wakeups.ifPresent(nodes -> transactions.onCommit(nodes::committed));
        hub.start();
        wakeups.ifPresent(PostgresWakeups::start);
        return new WebSocketsModule(hub, wakeups, List.of(upgrades, admin), new WebSocketTuning(upgrades, settings, tls));
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

    /** WebSocketsModule open on this node. */
    public int openSockets() {
        return hub.openSockets();
    }

    @Override
    public void close() {
        wakeups.ifPresent(PostgresWakeups::close);
        hub.close();
    }
}
