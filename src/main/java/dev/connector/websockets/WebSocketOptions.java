package dev.connector.websockets;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/** The command-line options of the real-time channel, mixed into {@code connector serve}. */
public final class WebSocketOptions {

    private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d+)(ms|s|m|h|d)");

    @Option(names = "--ws-ping-interval", defaultValue = "${env:CONNECTOR_WS_PING_INTERVAL:-30s}",
            description = "Ping every WebSocket this often; a socket that has not answered the previous ping is closed (default ${DEFAULT-VALUE}).")
    String pingInterval;

    @Option(names = "--ws-queue-limit", defaultValue = "${env:CONNECTOR_WS_QUEUE_LIMIT:-10000}",
            description = "Events a WebSocket may have waiting to be sent before it is closed with 1013 (default ${DEFAULT-VALUE}).")
    int queueLimit;

    @Option(names = "--ws-retention", defaultValue = "${env:CONNECTOR_WS_RETENTION:-24h}",
            description = "How far back a client may resume with ?Cursor=; older cursors are closed with 4410 (default ${DEFAULT-VALUE}).")
    String retention;

    @Option(names = "--ws-poll-interval", defaultValue = "${env:CONNECTOR_WS_POLL_INTERVAL:-1s}",
            description = "Read the event outbox at least this often, even without a wake-up (default ${DEFAULT-VALUE}).")
    String pollInterval;

    @Option(names = "--ws-recheck-interval", defaultValue = "${env:CONNECTOR_WS_RECHECK_INTERVAL:-10s}",
            description = "Read the integrations of open WebSockets again this often, closing those no longer enabled (default ${DEFAULT-VALUE}).")
    String recheckInterval;

    @Option(names = "--tls-cert", defaultValue = "${env:CONNECTOR_TLS_CERT}",
            description = "PEM certificate chain: serve https and wss on the same port (needs --tls-key).")
    Path tlsCert;

    @Option(names = "--tls-key", defaultValue = "${env:CONNECTOR_TLS_KEY}",
            description = "PEM private key (PKCS#8, BEGIN PRIVATE KEY) of --tls-cert.")
    Path tlsKey;

    /** The validated settings; throws IllegalArgumentException naming the option to fix. */
    public WebSocketSettings toSettings() {
        return new WebSocketSettings(
                duration("--ws-ping-interval", pingInterval),
                queueLimit,
                duration("--ws-retention", retention),
                duration("--ws-poll-interval", pollInterval),
                duration("--ws-recheck-interval", recheckInterval),
                tlsCert,
                tlsKey);
    }

    /** Reads {@code 500ms}, {@code 30s}, {@code 10m}, {@code 24h}, {@code 1d}, or ISO 8601 such as {@code PT30S}. */
    static Duration duration(String option, String text) {
        String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        Matcher simple = SIMPLE_DURATION.matcher(value);
        try {
            if (simple.matches()) {
                long amount = Long.parseLong(simple.group(1));
                return switch (simple.group(2)) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    case "h" -> Duration.ofHours(amount);
                    default -> Duration.ofDays(amount);
                };
            }
            return Duration.parse(value.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException(
                    option + " must be a duration such as 500ms, 30s, 10m, 24h or PT30S, not: " + text);
        }
    }
}
