package dev.connector.testing;

import dev.connector.app.Config;
import dev.connector.app.Connector;
import dev.connector.http.RateLimit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A real server on a free port of 127.0.0.1 with its own store (a temporary SQLite folder or a fresh PostgreSQL
 * database), the demo data, and the rate limit off unless a test asks for it. Close it to drop everything.
 */
public final class RunningConnector implements AutoCloseable {

    public static final String ADMIN_TOKEN = "test-admin-token-0123456789";

    private final StoreKind store;
    private final Path dataDir;
    private final String databaseUrl;
    private final Connector connector;
    private final ApiClient client;

    private RunningConnector(StoreKind store, Path dataDir, String databaseUrl, Connector connector) {
        this.store = store;
        this.dataDir = dataDir;
        this.databaseUrl = databaseUrl;
        this.connector = connector;
        this.client = new ApiClient("http://127.0.0.1:" + connector.port());
    }

    public static RunningConnector start(StoreKind store) {
        return start(store, config -> config);
    }

    /** Starts with the test defaults changed by {@code adjust} (e.g. a rate limit, production mode). */
    public static RunningConnector start(StoreKind store, UnaryOperator<Config> adjust) {
        return start(store, adjust, Clock.systemUTC());
    }

    /** Starts with the test defaults changed by {@code adjust}, reading time from {@code clock}. */
    public static RunningConnector start(StoreKind store, UnaryOperator<Config> adjust, Clock clock) {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("connector-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String databaseUrl = store == StoreKind.POSTGRESQL ? TestPostgres.createDatabase() : null;
        Config config = adjust.apply(Config.defaults()
                .withHost("127.0.0.1")
                .withPort(0)
                .withDataDir(dataDir)
                .withDatabaseUrl(databaseUrl)
                .withAdminToken(ADMIN_TOKEN)
                .withRateLimit(RateLimit.Policy.OFF));
        try {
            return new RunningConnector(store, dataDir, databaseUrl, Connector.start(config, clock));
        } catch (RuntimeException e) {
            cleanUp(dataDir, databaseUrl);
            throw e;
        }
    }

    public ApiClient client() {
        return client;
    }

    public Connector connector() {
        return connector;
    }

    public StoreKind store() {
        return store;
    }

    public int port() {
        return connector.port();
    }

    /**
     * Starts another node on this one's store (the same PostgreSQL database), with a data folder of its own and a
     * free port; the caller closes it, before this one.
     */
    public Connector startSecondNode() throws IOException {
        Path secondData = Files.createTempDirectory("connector-node-b-");
        secondData.toFile().deleteOnExit();
        return Connector.start(connector.config().withPort(0).withDataDir(secondData));
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + connector.port();
    }

    @Override
    public void close() {
        try {
            connector.close();
        } finally {
            cleanUp(dataDir, databaseUrl);
        }
    }

    private static void cleanUp(Path dataDir, String databaseUrl) {
        if (databaseUrl != null) {
            TestPostgres.dropDatabase(databaseUrl);
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
