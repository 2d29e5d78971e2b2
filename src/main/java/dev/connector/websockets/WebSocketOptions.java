package dev.connector.websockets;

import dev.connector.config.DurationOption;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The command-line options of the real-time channel, mixed into {@code connector serve}. */
public final class WebSocketOptions {


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
                DurationOption.parse("--ws-ping-interval", pingInterval),
                queueLimit,
                DurationOption.parse("--ws-retention", retention),
                DurationOption.parse("--ws-poll-interval", pollInterval),
                DurationOption.parse("--ws-recheck-interval", recheckInterval),
                tlsCert,
                tlsKey);
    }
}
