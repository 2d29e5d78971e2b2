package dev.connector.websockets;

import dev.connector.events.Wakeup;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wakes the hubs of every node that shares one PostgreSQL database: after local commits it sends a NOTIFY, and a
 * dedicated connection LISTENs for the other nodes' ones. Only a wake-up: the events themselves are always read
 * from the outbox, so a lost notification delays delivery until the next poll and loses nothing. PostgreSQL only.
 */
final class PostgresWakeups implements AutoCloseable {

    static final String CHANNEL = "connector_outbox";
    private static final Logger LOG = LoggerFactory.getLogger(PostgresWakeups.class);
    private static final int LISTEN_TIMEOUT_MILLIS = 1_000;

    private final String jdbcUrl;
    private final Jdbi jdbi;
    private final Runnable wake;
    /** Tells this node's own notifications apart from the other nodes'. */
    private final String node = UUID.randomUUID().toString();
    private final Thread listener;
    private final Thread notifier;
    private final Wakeup commits = new Wakeup();
    private volatile boolean running = true;
    private volatile Connection listening;

    PostgresWakeups(String jdbcUrl, Jdbi jdbi, Runnable wake) {
        this.jdbcUrl = jdbcUrl;
        this.jdbi = jdbi;
        this.wake = wake;
        this.listener = Thread.ofPlatform().daemon().name("ws-pg-listen").unstarted(this::listen);
        this.notifier = Thread.ofPlatform().daemon().name("ws-pg-notify").unstarted(this::announce);
    }

    void start() {
        listener.start();
        notifier.start();
    }

    /** A local transaction committed events: tell the other nodes (commits arriving meanwhile share one NOTIFY). */
    void committed() {
        commits.signal();
    }

    private void announce() {
        while (running) {
            try {
                if (commits.await(Duration.ofSeconds(1)) && running) {
                    jdbi.useHandle(handle -> handle.execute("NOTIFY " + CHANNEL + ", '" + node + "'"));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("Could not NOTIFY the other nodes of new events; they will find them at their next poll", e);
            }
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
                listening = connection;
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                // Notifications sent while this connection was being (re)made are lost: look at the outbox once.
                wake.run();
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(LISTEN_TIMEOUT_MILLIS);
                    if (received != null && fromAnotherNode(received)) {
                        wake.run();
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    LOG.warn("Listening for other nodes' events failed ({}); reconnecting in a second", e.getMessage());
                    sleepQuietly();
                }
            } finally {
                listening = null;
            }
        }
    }

    private boolean fromAnotherNode(PGNotification[] received) {
        for (PGNotification notification : received) {
            if (!node.equals(notification.getParameter())) {
                return true;
            }
        }
        return false;
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        notifier.interrupt();
        Connection connection = listening;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Closing the LISTEN connection failed", e);
            }
        }
        try {
            listener.join(5_000);
            notifier.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
