package dev.connector.payments;

import dev.connector.api.Limitation;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * SQL for payment cards, refunds of card and alternative payments, alternative payments awaiting their processor,
 * and the state of a payment as a processor moves it.
 */
public final class CardStore {

    private final Documents documents;

    public CardStore(Documents documents) {
        this.documents = documents;
    }

    // -- cards --

    public void insert(Handle handle, CreditCard card) {
        handle.createUpdate("""
                        INSERT INTO credit_cards (id, enterprise_id, customer_id, is_active, updated_utc, doc)
                        VALUES (:id, :enterpriseId, :customerId, :isActive, :updated, :doc)""")
                .bind("id", card.id().toString())
                .bind("enterpriseId", card.enterpriseId().toString())
                .bind("customerId", card.customerId().toString())
                .bind("isActive", card.isActive())
                .bind("updated", card.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(card))
                .execute();
    }

    public void update(Handle handle, CreditCard card) {
        handle.createUpdate("""
                        UPDATE credit_cards SET is_active = :isActive, updated_utc = :updated, doc = :doc
                        WHERE id = :id""")
                .bind("id", card.id().toString())
                .bind("isActive", card.isActive())
                .bind("updated", card.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(card))
                .execute();
    }

    public Optional<CreditCard> card(Handle handle, List<UUID> enterpriseIds, UUID id) {
        Filter filter = Filter.where().eq("id", id).in("enterprise_id", enterpriseIds);
        return filter.bind(handle.createQuery("SELECT doc FROM credit_cards" + filter.clause()))
                .map(documents.rowMapper(CreditCard.class))
                .findOne();
    }

    public Page<CreditCard> cards(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "c.doc", "credit_cards c", "c", filter, limitation,
                documents.rowMapper(CreditCard.class), CreditCard::id);
    }

    public List<CreditCard> allCards(Handle handle, Filter filter) {
        return filter.bind(handle.createQuery("SELECT c.doc FROM credit_cards c WHERE " + filter.conditions()
                        + " ORDER BY c.seq LIMIT 1000"))
                .map(documents.rowMapper(CreditCard.class))
                .list();
    }

    // -- payments --

    public Optional<Payment> payment(Handle handle, UUID enterpriseId, UUID paymentId) {
        return handle.createQuery("SELECT doc FROM payments WHERE id = :id AND enterprise_id = :enterpriseId")
                .bind("id", paymentId.toString())
                .bind("enterpriseId", enterpriseId.toString())
                .map(documents.rowMapper(Payment.class))
                .findOne();
    }

    /** Rewrites a payment whose processing state changed (Pending to Charged or Failed). */
    public void updateState(Handle handle, Payment payment) {
        handle.createUpdate("""
                        UPDATE payments SET state = :state, accounting_state = :accountingState, charged_utc = :charged,
                            updated_utc = :updated, doc = :doc
                        WHERE id = :id""")
                .bind("accountingState", payment.accountingState().name())
                .bind("id", payment.id().toString())
                .bind("state", payment.state())
                .bind("charged", payment.chargedUtc() == null ? null : payment.chargedUtc().toEpochMilli())
                .bind("updated", payment.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(payment))
                .execute();
    }

    // -- refunds --

    public void insertRefund(Handle handle, UUID id, UUID paymentId, UUID refundPaymentId, BigDecimal value,
                             Instant now) {
        handle.createUpdate("""
                        INSERT INTO payment_refunds (id, payment_id, refund_payment_id, value, created_utc)
                        VALUES (:id, :paymentId, :refundId, :value, :now)""")
                .bind("id", id.toString())
                .bind("paymentId", paymentId.toString())
                .bind("refundId", refundPaymentId.toString())
                .bind("value", value)
                .bind("now", now.toEpochMilli())
                .execute();
    }

    /** What has been refunded of the payment so far (positive). */
    public BigDecimal refunded(Handle handle, UUID paymentId) {
        return handle.createQuery("SELECT COALESCE(SUM(value), 0) FROM payment_refunds WHERE payment_id = :id")
                .bind("id", paymentId.toString())
                .mapTo(BigDecimal.class)
                .one();
    }

    /** Locks the payment's row until the transaction ends, so that two refunds of it are serialised. */
    public void lockPayment(Handle handle, UUID paymentId) {
        handle.createUpdate("UPDATE payments SET updated_utc = updated_utc WHERE id = :id")
                .bind("id", paymentId.toString())
                .execute();
    }

    // -- alternative payments awaiting the processor --

    public void awaitAnswer(Handle handle, UUID paymentId, UUID enterpriseId, String method, String outcome,
                            Instant answerUtc) {
        handle.createUpdate("""
                        INSERT INTO alternative_payments (id, enterprise_id, method, outcome, answer_utc, answered)
                        VALUES (:id, :enterpriseId, :method, :outcome, :answer, :answered)""")
                .bind("id", paymentId.toString())
                .bind("enterpriseId", enterpriseId.toString())
                .bind("method", method)
                .bind("outcome", outcome)
                .bind("answer", answerUtc.toEpochMilli())
                .bind("answered", false)
                .execute();
    }

    /** A processor's answer that is due: the payment and the state it moves to. */
    public record DueAnswer(UUID paymentId, UUID enterpriseId, String outcome) {
    }

    public List<DueAnswer> dueAnswers(Handle handle, Instant now, int limit) {
        return handle.createQuery("""
                        SELECT id, enterprise_id, outcome FROM alternative_payments
                        WHERE answered = :answered AND answer_utc <= :now ORDER BY answer_utc LIMIT :limit""")
                .bind("answered", false)
                .bind("now", now.toEpochMilli())
                .bind("limit", limit)
                .map((rs, ctx) -> new DueAnswer(UUID.fromString(rs.getString("id")),
                        UUID.fromString(rs.getString("enterprise_id")), rs.getString("outcome")))
                .list();
    }

    /** Makes a pending answer due at {@code now} (sooner than the processor would give it). */
    public void answerAt(Handle handle, UUID paymentId, Instant now) {
        handle.createUpdate("""
                        UPDATE alternative_payments SET answer_utc = :answer
                        WHERE id = :id AND answered = :answered AND answer_utc > :answer""")
                .bind("id", paymentId.toString())
                .bind("answer", now.toEpochMilli())
                .bind("answered", false)
                .execute();
    }

    /** Marks an answer delivered; false when another node delivered it first. */
    public boolean markAnswered(Handle handle, UUID paymentId) {
        return handle.createUpdate("""
                        UPDATE alternative_payments SET answered = :answered WHERE id = :id AND answered = :not""")
                .bind("id", paymentId.toString())
                .bind("answered", true)
                .bind("not", false)
                .execute() == 1;
    }
}
