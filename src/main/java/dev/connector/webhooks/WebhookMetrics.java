package dev.connector.webhooks;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Webhook meters: attempts by outcome, attempt latency, commit-to-delivery latency, queue depth and requests in
 * flight. Thread-safe.
 */
final class WebhookMetrics {

    private final MeterRegistry registry;
    private final AtomicLong queueDepth = new AtomicLong();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Timer commitToDelivery;

    WebhookMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("connector.webhooks.queue", queueDepth, AtomicLong::get)
                .description("Webhook messages still to be sent (Pending or Failed), as last counted")
                .register(registry);
        Gauge.builder("connector.webhooks.in_flight", inFlight, AtomicInteger::get)
                .description("Webhook requests this process is making right now")
                .register(registry);
        this.commitToDelivery = Timer.builder("connector.webhooks.commit_to_delivery")
                .description("From the commit of a message's first event to its delivery")
                .publishPercentileHistogram()
                .register(registry);
    }

    void attempt(MessageKind kind, DeliveryOutcome outcome, Duration latency) {
        String name = switch (outcome) {
            case DeliveryOutcome.Delivered delivered -> "delivered";
            case DeliveryOutcome.RetryAt retry -> "retrying";
            case DeliveryOutcome.Abandoned abandoned -> "abandoned";
        };
        Counter.builder("connector.webhooks.deliveries")
                .description("Webhook delivery attempts by what became of the message")
                .tag("kind", kind.name())
                .tag("outcome", name)
                .register(registry)
                .increment();
        Timer.builder("connector.webhooks.attempts")
                .description("Duration of one webhook delivery attempt")
                .tag("success", String.valueOf(outcome instanceof DeliveryOutcome.Delivered))
                .publishPercentileHistogram()
                .register(registry)
                .record(latency);
    }

    void delivered(Duration sinceCommit) {
        commitToDelivery.record(sinceCommit.isNegative() ? Duration.ZERO : sinceCommit);
    }

    void queueDepth(long depth) {
        queueDepth.set(depth);
    }

    void started() {
        inFlight.incrementAndGet();
    }

    void finished() {
        inFlight.decrementAndGet();
    }
}
