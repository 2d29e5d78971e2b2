package dev.connector.paymentrequests;

import dev.connector.clock.DueEffects;
import dev.connector.clock.TimeDrivenEffect;
import dev.connector.events.Tx;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Expires pending payment requests once their ExpirationUtc has passed by their enterprise's time: on the clock's
 * timer, during a test clock's advance, and before every payment request operation, so that a reader never sees a
 * request pending after its time. The request's UpdatedUtc becomes its ExpirationUtc, the moment it expired,
 * whenever the sweep noticed. No event: the reference documents none for payment requests.
 */
public final class PaymentRequestExpiry implements TimeDrivenEffect {

    private static final int BATCH = 500;

    private final PaymentRequestStore store;
    private final DueEffects due;

    public PaymentRequestExpiry(PaymentRequestStore store, DueEffects due) {
        this.store = store;
        this.due = due;
    }

    /** Expires every request that is due by its enterprise's time; returns how many. */
    public int expireDue() {
        return due.runDue(this);
    }

    @Override
    public String name() {
        return "PaymentRequestExpiry";
    }

    @Override
    public List<UUID> enterprisesDue(Handle handle, Instant until) {
        return store.enterprisesDue(handle, until);
    }

    @Override
    public Optional<Instant> nextDue(Handle handle, UUID enterpriseId, Instant after, Instant until) {
        return store.nextExpiry(handle, enterpriseId, after, until);
    }

    @Override
    public int apply(Tx tx, UUID enterpriseId, Instant since) {
        int total = 0;
        while (true) {
            List<PaymentRequest> dueNow = store.due(tx.handle(), enterpriseId, tx.now(), BATCH);
            for (PaymentRequest request : dueNow) {
                PaymentRequest next = request.moved(PaymentRequest.State.Expired, request.expirationUtc());
                if (store.update(tx.handle(), next, PaymentRequest.State.Pending)) {
                    total++;
                }
            }
            if (dueNow.size() < BATCH) {
                return total;
            }
        }
    }
}
