package dev.connector.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds one pooled connection that LISTENs on a channel and calls back on every notification; reconnects after
 * a failure. The callback runs on the listener's own thread and must return quickly.
 */
final class PostgresListener implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresListener.class);
    private static final int WAIT_MILLIS = 500;
    private static final Duration RECONNECT_DELAY = Duration.ofSeconds(1);

    private final Jdbi jdbi;
    private final String channel;
    private final Runnable onNotification;
    private final Thread thread;
    private volatile boolean running = true;

    private PostgresListener(Jdbi jdbi, String channel, Runnable onNotification) {
        if (!channel.matches("[a-z_]+")) {
            throw new IllegalArgumentException("Channel names are lowercase letters and underscores: " + channel);
        }
        this.jdbi = jdbi;
        this.channel = channel;
        this.onNotification = onNotification;
        this.thread = Thread.ofPlatform().daemon().name("listen-" + channel).unstarted(this::run);
    }

    static PostgresListener start(Jdbi jdbi, String channel, Runnable onNotification) {
        PostgresListener listener = new PostgresListener(jdbi, channel, onNotification);
        listener.thread.start();
        return listener;
    }

    private void run() {
        while (running) {
            try (Handle handle = jdbi.open()) {
                Connection connection = handle.getConnection();
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + channel);
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                // Whatever was announced while we were not listening is found by the workers' own polling.
                onNotification.run();
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        onNotification.run();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warn("Listening on channel {} failed; reconnecting in {}", channel, RECONNECT_DELAY, e);
                try {
                    Thread.sleep(RECONNECT_DELAY);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(WAIT_MILLIS * 4L);
    }
}
