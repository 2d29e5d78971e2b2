package dev.connector.paymentrequests;

import dev.connector.events.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Expires pending payment requests once their ExpirationUtc has passed by the platform clock: on a timer, and
 * before every payment request operation, so that a reader never sees a request pending after its time. The
 * request's UpdatedUtc becomes its ExpirationUtc, the moment it expired, whenever the sweep noticed.
 */
public final class PaymentRequestExpiry implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentRequestExpiry.class);
    private static final int BATCH = 500;

    private final Transactions transactions;
    private final Clock clock;
    private final PaymentRequestStore store;
    private final ScheduledExecutorService timer;

    public PaymentRequestExpiry(Transactions transactions, Clock clock, PaymentRequestStore store, Duration period) {
        this.transactions = transactions;
        this.clock = clock;
        this.store = store;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "payment-request-expiry");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::expireSafely, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Expires every request that is due now; returns how many. */
    public int expireDue() {
        int total = 0;
        while (true) {
            boolean anyDue = !transactions.read(handle -> store.due(handle, clock.instant(), 1))
                    .isEmpty();
            if (!anyDue) {
                return total;
            }
            int expired = transactions.write(tx -> {
                List<PaymentRequest> due = store.due(tx.handle(), tx.now(), BATCH);
                int count = 0;
                for (PaymentRequest request : due) {
                    PaymentRequest next = request.moved(PaymentRequest.State.Expired, request.expirationUtc());
                    if (store.update(tx.handle(), next, PaymentRequest.State.Pending)) {
                        count++;
                    }
                }
                return count;
            });
            total += expired;
            if (expired == 0) {
                return total;
            }
        }
    }

    private void expireSafely() {
        try {
            expireDue();
        } catch (RuntimeException e) {
            LOG.warn("Expiring payment requests failed; retrying on the next tick", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
