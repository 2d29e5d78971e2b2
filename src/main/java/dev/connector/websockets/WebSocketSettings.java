package dev.connector.websockets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the real-time channel, from the command line ({@code --ws-*}, {@code --tls-*}). Validated once.
 *
 * @param pingInterval    how often every socket is pinged; a socket that has not answered the previous ping by then
 *                        is closed as dead
 * @param queueLimit      events a socket may have waiting to be sent before it is closed as a slow consumer (1013)
 * @param retention       how far back a {@code Cursor} may reach when a client resumes (older: close 4410)
 * @param pollInterval    how often the outbox is read even when no commit woke the hub (a safety net: wake-ups
 *                        come from local commits and, on PostgreSQL, from LISTEN/NOTIFY)
 * @param recheckInterval how often open sockets' integrations are read again (state, enterprises, chosen events),
 *                        to close sockets of integrations disabled on another node
 * @param tlsCert         PEM certificate chain for https and wss, or null for plain http and ws
 * @param tlsKey          PEM private key (PKCS#8) of {@code tlsCert}, or null
 */
public record WebSocketSettings(
        Duration pingInterval,
        int queueLimit,
        Duration retention,
        Duration pollInterval,
        Duration recheckInterval,
        Path tlsCert,
        Path tlsKey) {

    public static final Duration DEFAULT_PING_INTERVAL = Duration.ofSeconds(30);
    public static final int DEFAULT_QUEUE_LIMIT = 10_000;
    public static final Duration DEFAULT_RETENTION = Duration.ofHours(24);
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(1);
    public static final Duration DEFAULT_RECHECK_INTERVAL = Duration.ofSeconds(10);

    public WebSocketSettings {
        requirePositive("--ws-ping-interval", pingInterval);
        requirePositive("--ws-retention", retention);
        requirePositive("--ws-poll-interval", pollInterval);
        requirePositive("--ws-recheck-interval", recheckInterval);
        if (pingInterval.toMillis() < 10) {
            throw new IllegalArgumentException("--ws-ping-interval must be at least 10ms, not " + pingInterval);
        }
        if (queueLimit < 1) {
            throw new IllegalArgumentException("--ws-queue-limit must be at least 1 event, not " + queueLimit);
        }
        if ((tlsCert == null) != (tlsKey == null)) {
            throw new IllegalArgumentException("--tls-cert and --tls-key go together: give both PEM files or neither");
        }
        if (tlsCert != null) {
            requireReadable("--tls-cert", tlsCert);
            requireReadable("--tls-key", tlsKey);
        }
    }

    public static WebSocketSettings defaults() {
        return new WebSocketSettings(DEFAULT_PING_INTERVAL, DEFAULT_QUEUE_LIMIT, DEFAULT_RETENTION,
                DEFAULT_POLL_INTERVAL, DEFAULT_RECHECK_INTERVAL, null, null);
    }

    /** True when https and wss are served (both PEM files given). */
    public boolean tls() {
        return tlsCert != null;
    }

    public WebSocketSettings withPingInterval(Duration value) {
        return new WebSocketSettings(value, queueLimit, retention, pollInterval, recheckInterval, tlsCert, tlsKey);
    }

    public WebSocketSettings withQueueLimit(int value) {
        return new WebSocketSettings(pingInterval, value, retention, pollInterval, recheckInterval, tlsCert, tlsKey);
    }

    public WebSocketSettings withRetention(Duration value) {
        return new WebSocketSettings(pingInterval, queueLimit, value, pollInterval, recheckInterval, tlsCert, tlsKey);
    }

    public WebSocketSettings withPollInterval(Duration value) {
        return new WebSocketSettings(pingInterval, queueLimit, retention, value, recheckInterval, tlsCert, tlsKey);
    }

    public WebSocketSettings withRecheckInterval(Duration value) {
        return new WebSocketSettings(pingInterval, queueLimit, retention, pollInterval, value, tlsCert, tlsKey);
    }

    public WebSocketSettings withTls(Path cert, Path key) {
        return new WebSocketSettings(pingInterval, queueLimit, retention, pollInterval, recheckInterval, cert, key);
    }

    private static void requirePositive(String option, Duration value) {
        Objects.requireNonNull(value, option);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(option + " must be a positive duration, not " + value);
        }
    }

    private static void requireReadable(String option, Path file) {
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException(option + " names a file that cannot be read: " + file.toAbsolutePath());
        }
    }
}
