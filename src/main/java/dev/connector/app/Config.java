package dev.connector.app;

import dev.connector.http.RateLimit;
import dev.connector.webhooks.WebhookSettings;
import dev.connector.websockets.WebSocketSettings;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything a Connector process is started with, validated once and then fixed. Built from the command line
 * and environment by {@link ServeCommand}, or directly by tests.
 *
 * @param host          interface to listen on
 * @param port          HTTP port; 0 picks a free one
 * @param dataDir       folder for the SQLite file and the generated admin token
 * @param databaseUrl   JDBC URL of PostgreSQL, or null for the embedded SQLite store
 * @param adminToken    bearer token of the admin API, or null to generate one (stored in the data folder)
 * @param demo          seed the demo hotels and the public demo tokens on an empty store
 * @param sandbox       sandbox mode (default): error Details shown, sandbox reset allowed
 * @param rateLimit     request budget per AccessToken
 * @param webhooks      webhook delivery settings
 * @param websockets    WebSocket settings
 */
public record Config(
        String host,
        int port,
        Path dataDir,
        String databaseUrl,
        String adminToken,
        boolean demo,
        boolean sandbox,
        RateLimit.Policy rateLimit,
        WebhookSettings webhooks,
        WebSocketSettings websockets) {

    public Config {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(rateLimit, "rateLimit");
        Objects.requireNonNull(webhooks, "webhooks");
        Objects.requireNonNull(websockets, "websockets");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, not " + port);
        }
        if (databaseUrl != null && !databaseUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(
                    "--database-url must be a PostgreSQL JDBC URL such as jdbc:postgresql://127.0.0.1:5432/connector?user=postgres");
        }
        if (adminToken != null && adminToken.length() < 16) {
            throw new IllegalArgumentException("--admin-token must be at least 16 characters long");
        }
    }

    /** The defaults of {@code ./connector serve}. */
    public static Config defaults() {
        return new Config("0.0.0.0", 8080, Path.of("data"), null, null, true, true, RateLimit.Policy.DEFAULT,
                WebhookSettings.defaults(), WebSocketSettings.defaults());
    }

    public Config withPort(int value) {
        return new Config(host, value, dataDir, databaseUrl, adminToken, demo, sandbox, rateLimit, webhooks, websockets);
    }

    public Config withDataDir(Path value) {
        return new Config(host, port, value, databaseUrl, adminToken, demo, sandbox, rateLimit, webhooks, websockets);
    }

    public Config withDatabaseUrl(String value) {
        return new Config(host, port, dataDir, value, adminToken, demo, sandbox, rateLimit, webhooks, websockets);
    }

    public Config withAdminToken(String value) {
        return new Config(host, port, dataDir, databaseUrl, value, demo, sandbox, rateLimit, webhooks, websockets);
    }

    public Config withDemo(boolean value) {
        return new Config(host, port, dataDir, databaseUrl, adminToken, value, sandbox, rateLimit, webhooks, websockets);
    }

    public Config withSandbox(boolean value) {
        return new Config(host, port, dataDir, databaseUrl, adminToken, demo, value, rateLimit, webhooks, websockets);
    }

    public Config withRateLimit(RateLimit.Policy value) {
        return new Config(host, port, dataDir, databaseUrl, adminToken, demo, sandbox, value, webhooks, websockets);
    }

    public Config withHost(String value) {
        return new Config(value, port, dataDir, databaseUrl, adminToken, demo, sandbox, rateLimit, webhooks, websockets);
    }

    public Config withWebhooks(WebhookSettings value) {
        return new Config(host, port, dataDir, databaseUrl, adminToken, demo, sandbox, rateLimit, value, websockets);
    }

    public Config withWebSockets(WebSocketSettings value) {
        return new Config(host, port, dataDir, databaseUrl, adminToken, demo, sandbox, rateLimit, webhooks, value);
    }
}
