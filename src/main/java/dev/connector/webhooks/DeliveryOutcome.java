package dev.connector.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Where a message goes after an attempt: delivered, tried again at a time, or given up. */
sealed interface DeliveryOutcome {

    record Delivered() implements DeliveryOutcome {
    }

    record RetryAt(Instant at) implements DeliveryOutcome {
    }

    record Abandoned(String reason) implements DeliveryOutcome {
    }

    /**
     * The retry policy: a failed attempt number {@code attempt} (1 for the first of a cycle) is retried after
     * {@code delays[attempt - 1]} while there is such a delay, and abandons the message after the last one.
     */
    static DeliveryOutcome after(AttemptResult result, int attempt, Instant now, List<Duration> delays) {
        return switch (result) {
            case AttemptResult.Success success -> new Delivered();
            case AttemptResult.Failure failure -> attempt <= delays.size()
                    ? new RetryAt(now.plus(delays.get(attempt - 1)))
                    : new Abandoned("All " + attempt + " attempts failed; the last one: " + failure.error());
        };
    }
}
