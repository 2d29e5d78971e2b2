package dev.connector.webhooks;

import java.time.Duration;
import java.util.UUID;

/**
 * Where the sandbox's fault rules disturb webhook delivery: every attempt goes through {@link #attempt}, which may
 * delay it, send it twice, hold it back, or fail it without sending. {@link #NONE} sends once. Called on each
 * attempt's own thread, so implementations must be thread-safe; they may block.
 */
public interface DeliveryFaults {

    /** Sends every attempt once, untouched. */
    DeliveryFaults NONE = (attempt, send) -> send.send();

    /**
     * One attempt about to be made.
     *
     * @param timeout how long a receiver has to answer, for a fault that plays a receiver that does not
     */
    record Attempt(UUID messageId, UUID applicationId, UUID enterpriseId, MessageKind kind, Duration timeout) {
    }

    /** Sends the message once (redirects included) and tells what came back. */
    @FunctionalInterface
    interface Send {
        AttemptResult send() throws InterruptedException;
    }

    /** Makes {@code attempt}: calls {@code send} as often as the faults say (usually once) and returns what to record. */
    AttemptResult attempt(Attempt attempt, Send send) throws InterruptedException;
}
