package dev.connector.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The connection pools, the schema (Flyway migrations shared by both dialects) and the Jdbi entry points.
 * Requests use the main pool; the event pipeline (webhook routing and delivery, the WebSocket hub) has a small pool
 * of its own, so that hundreds of requests waiting for a connection never hold back the delivery of what is
 * already committed. Thread-safe; one per process.
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final HikariDataSource pipelineSource;
    private final Jdbi jdbi;
    private final Jdbi pipeline;
    private final Dialect dialect;
    private final String description;
    private final WriterGate writers;
    private final Notifications notifications;

    private Database(HikariDataSource dataSource, HikariDataSource pipelineSource, Dialect dialect, String description) {
        this.dataSource = dataSource;
        this.pipelineSource = pipelineSource;
        this.dialect = dialect;
        this.description = description;
        this.jdbi = Jdbi.create(dataSource);
        this.pipeline = Jdbi.create(pipelineSource);
        this.writers = dialect.newWriterGate();
        this.notifications = new Notifications(dialect, jdbi, pipeline);
    }

    /** The embedded store: one SQLite file in WAL mode under {@code dataDir}. */
    public static Database sqlite(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + dataDir.toAbsolutePath(), e);
        }
        Path file = dataDir.resolve("connector.db").toAbsolutePath();
        HikariConfig config = new HikariConfig();
        config.setPoolName("connector-sqlite");
        // busy_timeout lets concurrent writers queue; IMMEDIATE transactions take the write lock up front so a
        // read-then-write transaction never fails half way with SQLITE_BUSY.
        config.setJdbcUrl("jdbc:sqlite:" + file
                + "?journal_mode=WAL&synchronous=NORMAL&busy_timeout=30000&foreign_keys=true&transaction_mode=IMMEDIATE");
        config.setMaximumPoolSize(8);
        return open(config, 2, Dialect.SQLITE, "sqlite " + file);
    }

    /** PostgreSQL at a JDBC URL such as {@code jdbc:postgresql://127.0.0.1:5432/connector?user=postgres}. */
    public static Database postgresql(String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("connector-postgresql");
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(16);
        return open(config, 4, Dialect.POSTGRESQL, "postgresql " + jdbcUrl.replaceAll("password=[^&]*", "password=***"));
    }

    private static Database open(HikariConfig config, int pipelineConnections, Dialect dialect, String description) {
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(10_000);
        HikariConfig pipelineConfig = new HikariConfig();
        config.copyStateTo(pipelineConfig);
        pipelineConfig.setPoolName(config.getPoolName() + "-pipeline");
        pipelineConfig.setMaximumPoolSize(pipelineConnections);
        pipelineConfig.setMinimumIdle(1);
        HikariDataSource dataSource = new HikariDataSource(config);
        HikariDataSource pipelineSource;
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .placeholders(dialect.placeholders())
                    .load()
                    .migrate();
            pipelineSource = new HikariDataSource(pipelineConfig);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new Database(dataSource, pipelineSource, dialect, description);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** The event pipeline's own pool (see the class comment). */
    public Jdbi pipeline() {
        return pipeline;
    }

    /** Admission of writing transactions (a queue of one on SQLite). */
    public WriterGate writers() {
        return writers;
    }

    /** Wake-ups between the parts of this process and the processes sharing the store (LISTEN/NOTIFY). */
    public Notifications notifications() {
        return notifications;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Which store and where, for the start line and logs (never with a password). */
    public String description() {
        return description;
    }

    /** True when a trivial query answers within a second. */
    public boolean isReachable() {
        try {
            return jdbi.withHandle(handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        notifications.close();
        pipelineSource.close();
        dataSource.close();
    }
}
