package dev.connector.faults;

import dev.connector.webhooks.AttemptResult;
import dev.connector.webhooks.DeliveryFaults;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Webhook rules, applied to delivery attempts: each fault that fires is noted in the attempt's {@code Error} with
 * the rule's id, so the delivery log shows what was done on purpose. Thread-safe.
 *
 * <p>{@code Reorder} holds the attempt back (on its own thread, keeping its delivery slot) until the application's
 * next message has been sent, then sends it; with one request in flight per application there is no next one to
 * overtake it, so after {@link #HOLD_LIMIT} it is sent alone. Held messages are per process.
 */
final class WebhookFaults implements DeliveryFaults {

    static final Duration HOLD_LIMIT = Duration.ofSeconds(10);

    /** A message held back by a Reorder rule until another message of its application overtakes it. */
    private static final class Held {
        final UUID messageId;
        final FaultRule rule;
        final CountDownLatch overtaken = new CountDownLatch(1);
        volatile UUID overtakenBy;

        Held(UUID messageId, FaultRule rule) {
            this.messageId = messageId;
            this.rule = rule;
        }
    }

    private final FaultRules rules;
    private final Map<UUID, Held> heldByApplication = new ConcurrentHashMap<>();

    WebhookFaults(FaultRules rules) {
        this.rules = rules;
    }

    @Override
    public AttemptResult attempt(Attempt attempt, Send send) throws InterruptedException {
        Held held = heldByApplication.get(attempt.applicationId());
        if (held != null && !held.messageId.equals(attempt.messageId())
                && heldByApplication.remove(attempt.applicationId(), held)) {
            return overtake(held, attempt, send);
        }
        if (!rules.any(FaultTarget.Webhook)) {
            return send.send();
        }
        Optional<FaultRule> fired = rules.fire(FaultTarget.Webhook, rule -> applies(rule, attempt), true);
        if (fired.isEmpty()) {
            return send.send();
        }
        FaultRule rule = fired.get();
        return switch (rule.fault()) {
            case Delay -> {
                Thread.sleep(rule.delayMs());
                yield noted(send.send(), "Delayed " + rule.delayMs() + " ms by " + rule.named() + ".");
            }
            case Timeout -> {
                Thread.sleep(attempt.timeout().toMillis());
                yield new AttemptResult.Failure(null, "No answer within " + attempt.timeout().toMillis()
                        + " ms: " + rule.named() + " played a receiver that does not answer.");
            }
            case Drop -> new AttemptResult.Failure(null, "Connection refused: " + rule.named()
                    + " dropped the attempt before it was sent.");
            case Duplicate -> {
                AttemptResult first = send.send();
                AttemptResult second = send.send();
                yield noted(second, "Sent twice with the same webhook-id by " + rule.named() + "; the first copy got "
                        + (first.statusCode() == null ? "no answer" : first.statusCode()) + ".");
            }
            case Reorder -> holdBack(rule, attempt, send);
            case Status, Disconnect -> throw new IllegalStateException("A Webhook rule cannot hold the fault " + rule.fault());
        };
    }

    private static boolean applies(FaultRule rule, Attempt attempt) {
        return (rule.applicationId() == null || rule.applicationId().equals(attempt.applicationId()))
                && (rule.enterpriseId() == null || rule.enterpriseId().equals(attempt.enterpriseId()));
    }

    private AttemptResult holdBack(FaultRule rule, Attempt attempt, Send send) throws InterruptedException {
        Held held = new Held(attempt.messageId(), rule);
        if (heldByApplication.putIfAbsent(attempt.applicationId(), held) != null) {
            // Another message of the application is already held: this one is its partner and goes first.
            return send.send();
        }
        boolean overtaken;
        try {
            overtaken = held.overtaken.await(HOLD_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            heldByApplication.remove(attempt.applicationId(), held);
        }
        String note = overtaken
                ? "Held back by " + rule.named() + " and sent after message " + held.overtakenBy + "."
                : "Held back by " + rule.named() + "; no other message came within " + HOLD_LIMIT.toSeconds()
                + " s, so it was sent alone.";
        return noted(send.send(), note);
    }

    private static AttemptResult overtake(Held held, Attempt attempt, Send send) throws InterruptedException {
        try {
            return noted(send.send(), "Sent ahead of message " + held.messageId + ", held back by "
                    + held.rule.named() + ".");
        } finally {
            held.overtakenBy = attempt.messageId();
            held.overtaken.countDown();
        }
    }

    private static AttemptResult noted(AttemptResult result, String note) {
        return switch (result) {
            case AttemptResult.Success success -> new AttemptResult.Success(success.statusCode(), note);
            case AttemptResult.Failure failure -> new AttemptResult.Failure(failure.statusCode(),
                    failure.error() + " (" + note + ")");
        };
    }
}
