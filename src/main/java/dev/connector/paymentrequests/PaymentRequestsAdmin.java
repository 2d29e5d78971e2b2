package dev.connector.paymentrequests;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connector.api.Forbidden;
import dev.connector.api.InvalidRequest;
import dev.connector.api.NotFound;
import dev.connector.enterprises.Enterprise;
import dev.connector.enterprises.EnterpriseStore;
import dev.connector.events.DomainEvent;
import dev.connector.events.Transactions;
import dev.connector.http.HttpRoutes;
import dev.connector.payments.CardPayments;
import dev.connector.payments.Payment;
import dev.connector.preauthorizations.Preauthorization;
import dev.connector.preauthorizations.PreauthorizationStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@code POST /admin/v1/payment-requests/{id}/complete}: plays the guest who fulfils a pending payment request on the
 * payment page, which the sandbox has not got. A Payment request becomes a charged card payment on the guest's open
 * bill (with its PaymentUpdated), a Preauthorization request a chargeable preauthorization; the request is Completed.
 */
final class PaymentRequestsAdmin implements HttpRoutes {

    private final Transactions transactions;
    private final PaymentRequestStore store;
    private final PaymentRequestExpiry expiry;
    private final EnterpriseStore enterprises;
    private final CardPayments payments;
    private final PreauthorizationStore preauthorizations;
    private final Supplier<UUID> ids;
    private final ObjectMapper json;

    PaymentRequestsAdmin(Transactions transactions, PaymentRequestStore store, PaymentRequestExpiry expiry,
                         EnterpriseStore enterprises, CardPayments payments, PreauthorizationStore preauthorizations,
                         Supplier<UUID> ids, ObjectMapper json) {
        this.transactions = transactions;
        this.store = store;
        this.expiry = expiry;
        this.enterprises = enterprises;
        this.payments = payments;
        this.preauthorizations = preauthorizations;
        this.ids = ids;
        this.json = json;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/admin/v1/payment-requests/{id}/complete", this::complete);
    }

    private void complete(Context ctx) throws Exception {
        UUID id;
        try {
            id = UUID.fromString(ctx.pathParam("id"));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("The payment request id must be a UUID.");
        }
        expiry.expireDue();
        PaymentRequest completed = transactions.write(tx -> {
            PaymentRequest request = store.byIds(tx.handle(), null, List.of(id)).stream().findFirst()
                    .orElseThrow(() -> new NotFound("No payment request " + id + "."));
            if (request.state() != PaymentRequest.State.Pending) {
                throw new Forbidden("The payment request is " + request.state().name() + "; only a pending request "
                        + "can be completed.");
            }
            Enterprise enterprise = enterprises.find(tx.handle(), request.enterpriseId()).orElseThrow();
            if (request.type() == PaymentRequest.Type.Payment) {
                CardPayments.requireCurrency(enterprise, request.amount().currency());
                Payment payment = payments.cardPayment(tx, enterprise, new CardPayments.Target(request.accountId(),
                        null, request.reservationId(), null, request.amount().grossValue(), request.description(),
                        request.id().toString()), null);
                tx.emit(new DomainEvent.PaymentUpdated(enterprise.id(), payment.id()));
            } else {
                preauthorizations.insert(tx.handle(), enterprise.id(), new Preauthorization(ids.get(),
                        request.accountId(), null, request.amount(), "Chargeable", null, true));
            }
            PaymentRequest next = request.moved(PaymentRequest.State.Completed, tx.now());
            store.update(tx.handle(), next, PaymentRequest.State.Pending);
            return next;
        });
        ctx.status(200).contentType("application/json").result(json.writeValueAsBytes(completed));
    }
}
