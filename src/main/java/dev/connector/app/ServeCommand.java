package dev.connector.app;

import dev.connector.demo.DemoCredentials;
import dev.connector.http.RateLimit;
import dev.connector.webhooks.WebhookOptions;
import dev.connector.websockets.WebSocketOptions;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code connector serve}: starts the server and runs until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the server (SQLite under ./data by default, with the demo hotels).")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "${env:CONNECTOR_PORT:-8080}", description = "HTTP port (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "${env:CONNECTOR_HOST:-0.0.0.0}", description = "Interface to listen on (default ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--data", defaultValue = "${env:CONNECTOR_DATA:-data}",
            description = "Data folder for the SQLite store and the admin token (default ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--database-url", defaultValue = "${env:CONNECTOR_DATABASE_URL}",
            description = "PostgreSQL JDBC URL, e.g. jdbc:postgresql://127.0.0.1:5432/connector?user=postgres. Without it, SQLite is used.")
    String databaseUrl;

    @Option(names = "--admin-token", defaultValue = "${env:CONNECTOR_ADMIN_TOKEN}",
            description = "Bearer token of the admin API (generated and stored in the data folder when not given).")
    String adminToken;

    @Option(names = "--no-demo", description = "Start with an empty store: no demo hotels, no demo tokens.")
    boolean noDemo;

    @Option(names = "--production", description = "Production mode: error Details are hidden and sandbox reset is refused.")
    boolean production;

    @Option(names = "--rate-limit", defaultValue = "${env:CONNECTOR_RATE_LIMIT:-200/30s}",
            description = "Requests per AccessToken and window, e.g. 200/30s, or off (default ${DEFAULT-VALUE}).")
    String rateLimit;

    @Mixin
    WebhookOptions webhookOptions;

    @Mixin
    WebSocketOptions webSocketOptions;

    @Override
    public Integer call() throws InterruptedException {
        Config config;
        try {
            config = new Config(host, port, data, blankToNull(databaseUrl), blankToNull(adminToken), !noDemo,
                    !production, RateLimit.Policy.parse(rateLimit), webhookOptions.toSettings(),
                    webSocketOptions.toSettings());
        } catch (IllegalArgumentException e) {
            System.err.println("connector: " + e.getMessage());
            return 2;
        }
        Connector connector = Connector.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            connector.close();
            stopped.countDown();
        }, "connector-shutdown"));
        System.out.println("Connector listening on " + (config.websockets().tls() ? "https" : "http") + "://"
                + displayHost(config.host()) + ":" + connector.port()
                + " | store: " + connector.database().description()
                + " | admin token: " + connector.adminToken()
                + (config.demo() ? " | demo portfolio AccessToken: " + DemoCredentials.PORTFOLIO_ACCESS_TOKEN : ""));
        stopped.await();
        return 0;
    }

    private static String displayHost(String host) {
        return "0.0.0.0".equals(host) ? "localhost" : host;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
