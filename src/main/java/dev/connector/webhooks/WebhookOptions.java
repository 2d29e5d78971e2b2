package dev.connector.webhooks;

import dev.connector.config.DurationOption;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The {@code --webhook-*} options of {@code connector serve}, mixed into the command; turned into {@link WebhookSettings}. */
public final class WebhookOptions {

    @Option(names = "--webhook-url", defaultValue = "${env:CONNECTOR_WEBHOOK_URL}",
            description = "Register this URL as General and Integration webhook URL of the first demo application.")
    String url;

    @Option(names = "--webhook-batch-window", defaultValue = "${env:CONNECTOR_WEBHOOK_BATCH_WINDOW:-100ms}",
            description = "Events committed this close together share one General Webhook message (default ${DEFAULT-VALUE}).")
    String batchWindow;

    @Option(names = "--webhook-batch-max", defaultValue = "${env:CONNECTOR_WEBHOOK_BATCH_MAX:-500}",
            description = "Most events in one General Webhook message (default ${DEFAULT-VALUE}).")
    int batchMax;

    @Option(names = "--webhook-timeout", defaultValue = "${env:CONNECTOR_WEBHOOK_TIMEOUT:-5s}",
            description = "How long a receiver has to answer (default ${DEFAULT-VALUE}).")
    String timeout;

    @Option(names = "--webhook-retry-delays", defaultValue = "${env:CONNECTOR_WEBHOOK_RETRY_DELAYS:-1m,5m}",
            description = "Waits before each retry of a failed message; after the last one it is abandoned (default ${DEFAULT-VALUE}).")
    String retryDelays;

    @Option(names = "--webhook-concurrency", defaultValue = "${env:CONNECTOR_WEBHOOK_CONCURRENCY:-4}",
            description = "Most requests in flight to one application at once (default ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--webhook-signing-grace", defaultValue = "${env:CONNECTOR_WEBHOOK_SIGNING_GRACE:-24h}",
            description = "How long a replaced signing secret still signs beside the new one (default ${DEFAULT-VALUE}).")
    String signingGrace;

    @Option(names = "--webhook-log-retention", defaultValue = "${env:CONNECTOR_WEBHOOK_LOG_RETENTION:-7d}",
            description = "How long delivered and abandoned messages stay in the delivery log (default ${DEFAULT-VALUE}).")
    String logRetention;

    @Option(names = "--allow-private-webhook-targets",
            description = "Outside sandbox mode, deliver to loopback, link-local and private addresses too.")
    boolean allowPrivateTargets;

    /** The settings these options describe; throws {@link IllegalArgumentException} naming the option to fix. */
    public WebhookSettings toSettings() {
        return new WebhookSettings(
                url == null || url.isBlank() ? null : url.trim(),
                DurationOption.parse("--webhook-batch-window", batchWindow),
                batchMax,
                DurationOption.parse("--webhook-timeout", timeout),
                DurationOption.parseList("--webhook-retry-delays", retryDelays),
                concurrency,
                allowPrivateTargets,
                DurationOption.parse("--webhook-signing-grace", signingGrace),
                Duration.ofSeconds(1),
                DurationOption.parse("--webhook-log-retention", logRetention));
    }
}
