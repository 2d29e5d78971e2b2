package dev.connector.http;

import dev.connector.api.TooManyRequests;
import dev.connector.config.DurationOption;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The request budget per AccessToken (kept per integration): at most {@code requests} within {@code window},
 * as the public environments enforce it. Thread-safe.
 */
public final class RateLimit {

    /** Parsed form of {@code --rate-limit 200/30s} or {@code off}. */
    public record Policy(int requests, Duration window) {

        public static final Policy OFF = new Policy(0, Duration.ZERO);
        public static final Policy DEFAULT = new Policy(200, Duration.ofSeconds(30));

        public boolean enabled() {
            return requests > 0;
        }

        public static Policy parse(String text) {
            if (text == null || text.isBlank() || text.equalsIgnoreCase("off")) {
                return OFF;
            }
            String[] parts = text.trim().split("/");
            if (parts.length != 2 || !parts[0].matches("\\d{1,9}")) {
                throw new IllegalArgumentException(
                        "--rate-limit must look like 200/30s (requests per window) or off, not: " + text);
            }
            int requests = Integer.parseInt(parts[0]);
            Duration duration = DurationOption.parse("--rate-limit's window", parts[1]);
            if (requests < 1 || duration.isZero()) {
                throw new IllegalArgumentException("--rate-limit needs at least one request per non-empty window: " + text);
            }
            return new Policy(requests, duration);
        }

        @Override
        public String toString() {
            return enabled() ? requests + "/" + window.toSeconds() + "s" : "off";
        }
    }

    private final Policy policy;
    private final Map<UUID, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimit(Policy policy) {
        this.policy = policy;
    }

    /** Counts one request of the integration, or throws 429 with the seconds until it may try again. */
    public void acquire(UUID integrationId) {
        if (!policy.enabled()) {
            return;
        }
        Bucket bucket = buckets.computeIfAbsent(integrationId, id -> Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(policy.requests())
                        .refillIntervally(policy.requests(), policy.window())
                        .build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
            throw new TooManyRequests("Too many requests: at most " + policy.requests() + " requests per access token within "
                    + policy.window().toSeconds() + " seconds.", seconds);
        }
    }
}
