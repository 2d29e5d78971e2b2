package dev.connector.webhooks;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Settings of webhook delivery, from the command line ({@code --webhook-*}); validated here, then fixed.
 *
 * @param startupUrl             URL registered at start as both URLs of the first demo application, or null
 * @param batchWindow            events committed within this window of each other share a General Webhook message
 * @param batchMax               most events in one General Webhook message
 * @param timeout                how long a receiver has to answer one request
 * @param retryDelays            waits before the second, third, ... attempt; a message gets 1 + size attempts
 * @param concurrencyPerReceiver most requests in flight to one application at once, per server process
 * @param allowPrivateTargets    deliver to loopback, link-local and private addresses outside sandbox mode too
 * @param signingGrace           how long a replaced signing secret keeps signing beside the new one
 * @param pollInterval           safety net: how often the store is checked for work nobody announced
 * @param logRetention           how long Delivered and Abandoned messages stay in the delivery log
 */
public record WebhookSettings(
        String startupUrl,
        Duration batchWindow,
        int batchMax,
        Duration timeout,
        List<Duration> retryDelays,
        int concurrencyPerReceiver,
        boolean allowPrivateTargets,
        Duration signingGrace,
        Duration pollInterval,
        Duration logRetention) {

    public WebhookSettings {
        Objects.requireNonNull(batchWindow, "batchWindow");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(signingGrace, "signingGrace");
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(logRetention, "logRetention");
        if (logRetention.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("--webhook-log-retention must be at least 1m, not " + logRetention);
        }
        retryDelays = List.copyOf(retryDelays);
        if (startupUrl != null) {
            WebhookUrls.validate("--webhook-url", startupUrl);
        }
        if (batchWindow.isNegative() || batchWindow.compareTo(Duration.ofSeconds(10)) > 0) {
            throw new IllegalArgumentException("--webhook-batch-window must be between 0ms and 10s, not " + batchWindow);
        }
        if (batchMax < 1 || batchMax > 10_000) {
            throw new IllegalArgumentException("--webhook-batch-max must be between 1 and 10000, not " + batchMax);
        }
        if (timeout.compareTo(Duration.ofMillis(10)) < 0 || timeout.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new IllegalArgumentException("--webhook-timeout must be between 10ms and 5m, not " + timeout);
        }
        if (retryDelays.size() > 20 || retryDelays.stream().anyMatch(Duration::isNegative)) {
            throw new IllegalArgumentException("--webhook-retry-delays takes at most 20 delays, none negative");
        }
        if (concurrencyPerReceiver < 1 || concurrencyPerReceiver > 256) {
            throw new IllegalArgumentException("--webhook-concurrency must be between 1 and 256, not " + concurrencyPerReceiver);
        }
        if (signingGrace.isNegative()) {
            throw new IllegalArgumentException("--webhook-signing-grace must not be negative");
        }
        if (pollInterval.compareTo(Duration.ofMillis(10)) < 0) {
            throw new IllegalArgumentException("the webhook poll interval must be at least 10ms");
        }
    }

    /** The defaults of {@code ./connector serve}: 100 ms window, 500 events, 5 s timeout, retries after 1 and 5 minutes. */
    public static WebhookSettings defaults() {
        return new WebhookSettings(null, Duration.ofMillis(100), 500, Duration.ofSeconds(5),
                List.of(Duration.ofMinutes(1), Duration.ofMinutes(5)), 4, false, Duration.ofHours(24),
                Duration.ofSeconds(1), Duration.ofDays(7));
    }

    /** Attempts a message gets in one cycle: the first one and one per retry delay. */
    public int attemptsPerCycle() {
        return 1 + retryDelays.size();
    }

    public WebhookSettings withStartupUrl(String value) {
        return new WebhookSettings(value, batchWindow, batchMax, timeout, retryDelays, concurrencyPerReceiver,
                allowPrivateTargets, signingGrace, pollInterval, logRetention);
    }

    public WebhookSettings withBatching(Duration window, int max) {
        return new WebhookSettings(startupUrl, window, max, timeout, retryDelays, concurrencyPerReceiver,
                allowPrivateTargets, signingGrace, pollInterval, logRetention);
    }

    public WebhookSettings withTimeout(Duration value) {
        return new WebhookSettings(startupUrl, batchWindow, batchMax, value, retryDelays, concurrencyPerReceiver,
                allowPrivateTargets, signingGrace, pollInterval, logRetention);
    }

    public WebhookSettings withRetryDelays(List<Duration> value) {
        return new WebhookSettings(startupUrl, batchWindow, batchMax, timeout, value, concurrencyPerReceiver,
                allowPrivateTargets, signingGrace, pollInterval, logRetention);
    }

    public WebhookSettings withConcurrencyPerReceiver(int value) {
        return new WebhookSettings(startupUrl, batchWindow, batchMax, timeout, retryDelays, value,
                allowPrivateTargets, signingGrace, pollInterval, logRetention);
    }

    public WebhookSettings withAllowPrivateTargets(boolean value) {
        return new WebhookSettings(startupUrl, batchWindow, batchMax, timeout, retryDelays, concurrencyPerReceiver,
                value, signingGrace, pollInterval, logRetention);
    }

    public WebhookSettings withSigningGrace(Duration value) {
        return new WebhookSettings(startupUrl, batchWindow, batchMax, timeout, retryDelays, concurrencyPerReceiver,
                allowPrivateTargets, value, pollInterval, logRetention);
    }

    public WebhookSettings withPollInterval(Duration value) {
        return new WebhookSettings(startupUrl, batchWindow, batchMax, timeout, retryDelays, concurrencyPerReceiver,
                allowPrivateTargets, signingGrace, value, logRetention);
    }

    public WebhookSettings withLogRetention(Duration value) {
        return new WebhookSettings(startupUrl, batchWindow, batchMax, timeout, retryDelays, concurrencyPerReceiver,
                allowPrivateTargets, signingGrace, pollInterval, value);
    }
}
