package dev.connector.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds one pooled connection that LISTENs on the channels its receiver asks for (new ones are added while it
 * runs) and hands every notification to the receiver; reconnects after a failure. Runs on its own thread.
 */
final class PostgresListener implements AutoCloseable {

    /** Where notifications go; every method runs on the listener's thread and must return quickly. */
    interface Receiver {

        /** The channels to listen on now. */
        Set<String> channels();

        /** Listening on {@code channel} has (re)started: what was announced before may have been missed. */
        void listening(String channel);

        void notified(String channel, String payload);
    }

    private static final Logger LOG = LoggerFactory.getLogger(PostgresListener.class);
    /** How long one wait for notifications lasts, hence how soon a new channel is listened on. */
    private static final int WAIT_MILLIS = 500;
    private static final Duration RECONNECT_DELAY = Duration.ofSeconds(1);

    private final Jdbi jdbi;
    private final Receiver receiver;
    private final Thread thread;
    private volatile boolean running = true;

    private PostgresListener(Jdbi jdbi, Receiver receiver) {
        this.jdbi = jdbi;
        this.receiver = receiver;
        this.thread = Thread.ofPlatform().daemon().name("store-listen").unstarted(this::run);
    }

    static PostgresListener start(Jdbi jdbi, Receiver receiver) {
        PostgresListener listener = new PostgresListener(jdbi, receiver);
        listener.thread.start();
        return listener;
    }

    private void run() {
        while (running) {
            try (Handle handle = jdbi.open()) {
                try {
                    listen(handle.getConnection());
                } finally {
                    unlisten(handle.getConnection());
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warn("Listening for other server processes' notifications failed; reconnecting in {}",
                        RECONNECT_DELAY, e);
                try {
                    Thread.sleep(RECONNECT_DELAY);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void listen(Connection connection) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        Set<String> listened = new HashSet<>();
        while (running) {
            for (String channel : receiver.channels()) {
                if (!listened.contains(channel)) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("LISTEN " + channel);
                    }
                    listened.add(channel);
                    receiver.listening(channel);
                }
            }
            PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
            if (notifications != null) {
                for (PGNotification notification : notifications) {
                    receiver.notified(notification.getName(), notification.getParameter());
                }
            }
        }
    }

    /** The connection goes back to the pool: it must not keep collecting notifications for nobody. */
    private static void unlisten(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("UNLISTEN *");
        } catch (SQLException e) {
            LOG.debug("UNLISTEN failed; the pool will replace the broken connection", e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(WAIT_MILLIS * 4L);
    }
}
