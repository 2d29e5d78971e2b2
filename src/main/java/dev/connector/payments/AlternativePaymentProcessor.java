package dev.connector.payments;

import dev.connector.clock.TimeDrivenEffect;
import dev.connector.events.DomainEvent;
import dev.connector.events.Transactions;
import dev.connector.events.Tx;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The sandbox's payment processor for alternative payments: when an answer falls due (by the enterprise's time, so a
 * test clock's advance brings it), the payment moves from Pending to the answered state with its PaymentUpdated.
 * Each answer is delivered once, even with several nodes.
 */
public final class AlternativePaymentProcessor implements TimeDrivenEffect {

    private static final int BATCH = 100;

    private final CardStore cards;
    private final Transactions transactions;

    public AlternativePaymentProcessor(CardStore cards, Transactions transactions) {
        this.cards = cards;
        this.transactions = transactions;
    }

    /**
     * Answers one pending payment now instead of at its due time, as if the processor had been quick (the sandbox's
     * triggers use it); returns how many answers were delivered, that one included.
     */
    public int answerNow(UUID paymentId) {
        return transactions.write(tx -> {
            cards.answerAt(tx.handle(), paymentId, tx.now());
            int delivered = 0;
            for (UUID enterpriseId : cards.enterprisesWithDueAnswers(tx.handle(), tx.now())) {
                delivered += apply(tx, enterpriseId, tx.now());
            }
            return delivered;
        });
    }

    @Override
    public String name() {
        return "AlternativePaymentAnswer";
    }

    @Override
    public List<UUID> enterprisesDue(Handle handle, Instant until) {
        return cards.enterprisesWithDueAnswers(handle, until);
    }

    @Override
    public Optional<Instant> nextDue(Handle handle, UUID enterpriseId, Instant after, Instant until) {
        return cards.nextAnswer(handle, enterpriseId, after, until);
    }

    @Override
    public int apply(Tx tx, UUID enterpriseId, Instant since) {
        List<CardStore.DueAnswer> due = cards.dueAnswers(tx.handle(), enterpriseId, tx.now(), BATCH);
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
    }
}
