package dev.connector.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connector.admin.AdminAuth;
import dev.connector.api.ApiJson;
import dev.connector.api.Operations;
import dev.connector.demo.DemoData;
import dev.connector.demo.DemoSeed;
import dev.connector.enterprises.EnterpriseStore;
import dev.connector.enterprises.HotelSetup;
import dev.connector.events.Outbox;
import dev.connector.events.Transactions;
import dev.connector.http.ApiServer;
import dev.connector.http.ErrorResponses;
import dev.connector.http.HttpRoutes;
import dev.connector.http.OperationRouter;
import dev.connector.http.RateLimit;
import dev.connector.http.ServerTuning;
import dev.connector.integrations.Authenticator;
import dev.connector.integrations.IntegrationStore;
import dev.connector.store.Database;
import dev.connector.websockets.WebSockets;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The composition root: builds every component by hand, in one place, and owns their lifecycle.
 * {@link #start} returns a running server; {@link #close} stops it and releases the store.
 */
public final class Connector implements AutoCloseable {

    private final Config config;
    private final Database database;
    private final Transactions transactions;
    private final ApiServer server;
    private final String adminToken;
    private final List<AutoCloseable> workers;

    private Connector(Config config, Database database, Transactions transactions, ApiServer server, String adminToken,
                      List<AutoCloseable> workers) {
        this.config = config;
        this.database = database;
        this.transactions = transactions;
        this.server = server;
        this.adminToken = adminToken;
        this.workers = workers;
    }

    public static Connector start(Config config) {
        return start(config, Clock.systemUTC());
    }

    public static Connector start(Config config, Clock clock) {
        ObjectMapper json = ApiJson.create();
        String adminToken = AdminToken.resolve(config.adminToken(), config.dataDir());
        Database database = config.databaseUrl() == null
                ? Database.sqlite(config.dataDir())
                : Database.postgresql(config.databaseUrl());
        List<AutoCloseable> workers = new ArrayList<>();
        try {
            PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            Outbox outbox = new Outbox(json, database.dialect());
            Transactions transactions = new Transactions(database, outbox, clock);
            EnterpriseStore enterpriseStore = new EnterpriseStore();
            IntegrationStore integrationStore = new IntegrationStore();
            ErrorResponses errors = new ErrorResponses(json, config.sandbox());

            Operations operations = new Operations();
            List<HttpRoutes> routes = new ArrayList<>();
            List<DemoSeed> demoSeeds = new ArrayList<>();
            Authenticator authenticator = new Authenticator(database.jdbi(), integrationStore);

            // Each feature wires its own components below its marker, adding operations, routes, demo seeds
            // and background workers (closed in reverse order on stop).

            // -- catalogue: services, resources, rates (and the standard hotel setup) --
            HotelSetup hotelSetup = (tx, enterprise) -> new HotelSetup.Result(null);

            // -- enterprises, configuration and reference data --

            // -- customers --

            // -- reservations --

            // -- payments, bills, order items --

            // -- messages, devices and commands, other reads --

            // -- admin API --
            routes.add(new AdminAuth(adminToken));

            // -- webhooks --

            // -- websockets --
            WebSockets webSockets = WebSockets.start(config.websockets(), transactions, authenticator, integrationStore,
                    errors, json, meters, clock, config.databaseUrl());
            workers.add(webSockets);
            routes.addAll(webSockets.routes());
            ServerTuning serverTuning = webSockets.tuning();

            DemoData demoData = new DemoData(transactions, enterpriseStore, integrationStore, hotelSetup, demoSeeds);
            if (config.demo()) {
                demoData.seedIfEmpty();
            }

            OperationRouter router = new OperationRouter(operations, authenticator, new RateLimit(config.rateLimit()),
                    json, clock, meters);
            ApiServer server = new ApiServer(router, errors, database, meters, json, routes, serverTuning);
            server.start(config.host(), config.port());
            return new Connector(config, database, transactions, server, adminToken, workers);
        } catch (RuntimeException e) {
            closeAll(workers);
            database.close();
            throw e;
        }
    }

    public int port() {
        return server.port();
    }

    public String adminToken() {
        return adminToken;
    }

    public Database database() {
        return database;
    }

    public Config config() {
        return config;
    }

    /** The one way to change data; for tests that need to commit events directly. */
    public Transactions transactions() {
        return transactions;
    }

    @Override
    public void close() {
        server.close();
        closeAll(workers);
        database.close();
    }

    private static void closeAll(List<AutoCloseable> workers) {
        for (int i = workers.size() - 1; i >= 0; i--) {
            try {
                workers.get(i).close();
            } catch (Exception e) {
                org.slf4j.LoggerFactory.getLogger(Connector.class).warn("Failed to stop {}", workers.get(i), e);
            }
        }
    }
}
