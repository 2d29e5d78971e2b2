package dev.connector.payments;

import dev.connector.events.DomainEvent;
import dev.connector.events.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox's payment processor for alternative payments: when an answer falls due (by the platform clock), the
 * payment moves from Pending to the answered state with its PaymentUpdated. {@link #deliverDue} runs on a timer and
 * may be called at any time; each answer is delivered once, even with several nodes.
 */
public final class AlternativePaymentProcessor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlternativePaymentProcessor.class);
    private static final int BATCH = 100;

    private final Transactions transactions;
    private final Clock clock;
    private final CardStore cards;
    private final ScheduledExecutorService timer;

    public AlternativePaymentProcessor(Transactions transactions, Clock clock, CardStore cards, Duration period) {
        this.transactions = transactions;
        this.clock = clock;
        this.cards = cards;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "alternative-payment-processor");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::deliverSafely, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Delivers the answers that are due now; returns how many. */
    public int deliverDue() {
        boolean anyDue = !transactions.read(handle -> cards.dueAnswers(handle, clock.instant(), 1))
                .isEmpty();
        if (!anyDue) {
            return 0;
        }
        return transactions.write(tx -> {
            List<CardStore.DueAnswer> due = cards.dueAnswers(tx.handle(), tx.now(), BATCH);
            int delivered = 0;
            for (CardStore.DueAnswer answer : due) {
                if (!cards.markAnswered(tx.handle(), answer.paymentId())) {
                    continue;
                }
                Payment payment = cards.payment(tx.handle(), answer.enterpriseId(), answer.paymentId()).orElse(null);
                if (payment == null || !CardPayments.PENDING.equals(payment.state())) {
                    continue;
                }
                cards.updateState(tx.handle(), CardPayments.answered(payment, answer.outcome(), tx.now()));
                tx.emit(new DomainEvent.PaymentUpdated(answer.enterpriseId(), answer.paymentId()));
                delivered++;
            }
            return delivered;
        });
    }

    /**
     * Answers one pending payment now instead of at its due time, as if the processor had been quick (the sandbox's
     * triggers use it); returns how many answers were delivered, that one included.
     */
    public int answerNow(UUID paymentId) {
        transactions.write(tx -> {
            cards.answerAt(tx.handle(), paymentId, tx.now());
            return null;
        });
        return deliverDue();
    }

    private void deliverSafely() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            LOG.warn("Delivering alternative payment answers failed; retrying on the next tick", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
