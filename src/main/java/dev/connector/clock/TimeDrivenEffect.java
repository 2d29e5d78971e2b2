package dev.connector.clock;

import dev.connector.events.Tx;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Something that happens by itself when an enterprise's time passes a moment (a payment request expires, a
 * processor answers, a block releases its rooms). Modules register theirs with the registrar; {@link DueEffects}
 * applies them at each enterprise's own time, on a timer and step by step during a clock's advance.
 */
public interface TimeDrivenEffect {

    /** A short name for logs and answers, e.g. {@code PaymentRequestExpiry}. */
    String name();

    /**
     * The enterprises with something waiting to be applied at or before {@code until}, for the timer; an effect that
     * leaves nothing waiting (it is read at its time and only announced during an advance) answers none.
     */
    List<UUID> enterprisesDue(Handle handle, Instant until);

    /** The earliest moment after {@code after} and at or before {@code until} when something of the enterprise falls due. */
    Optional<Instant> nextDue(Handle handle, UUID enterpriseId, Instant after, Instant until);

    /**
     * Applies what of the enterprise fell due by {@code tx.now()} (the enterprise's time), with its events; an effect
     * that keeps no state announces only what fell due after {@code since}. Returns how many entities changed. Must be
     * safe to run on several nodes at once.
     */
    int apply(Tx tx, UUID enterpriseId, Instant since);
}
