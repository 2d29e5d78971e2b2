package dev.connector.paymentrequests;

import dev.connector.api.Caller;
import dev.connector.api.Forbidden;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Limitation;
import dev.connector.api.Require;
import dev.connector.api.TimeInterval;
import dev.connector.customers.Customer;
import dev.connector.customers.CustomerStore;
import dev.connector.enterprises.Enterprise;
import dev.connector.enterprises.EnterpriseStore;
import dev.connector.events.Transactions;
import dev.connector.events.Tx;
import dev.connector.rates.Amount;
import dev.connector.reservations.Reservation;
import dev.connector.reservations.ReservationStore;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@code paymentRequests/add|getAll|cancel}. A request is Pending until completed, canceled (only from Pending) or
 * expired at its ExpirationUtc (see {@link PaymentRequestExpiry}, run before each of these operations). No webhook
 * event exists for payment requests; partners poll with UpdatedUtc.
 */
public final class PaymentRequestOperations {

    private final Transactions transactions;
    private final PaymentRequestStore store;
    private final PaymentRequestExpiry expiry;
    private final EnterpriseStore enterprises;
    private final CustomerStore customers;
    private final ReservationStore reservations;
    private final Supplier<UUID> ids;

    public PaymentRequestOperations(Transactions transactions, PaymentRequestStore store, PaymentRequestExpiry expiry,
                                    EnterpriseStore enterprises, CustomerStore customers,
                                    ReservationStore reservations, Supplier<UUID> ids) {
        this.transactions = transactions;
        this.store = store;
        this.expiry = expiry;
        this.enterprises = enterprises;
        this.customers = customers;
        this.reservations = reservations;
        this.ids = ids;
    }

    public record CurrencyValue(String currency, BigDecimal value) {
    }

    public record AddParameters(UUID accountId, CurrencyValue amount, PaymentRequest.Type type,
                                PaymentRequest.Reason reason, Instant expirationUtc, String description, String notes,
                                UUID reservationId) {
    }

    public record AddRequest(UUID enterpriseId, List<AddParameters> paymentRequests) {
        public AddRequest {
            Require.notEmpty(paymentRequests, "PaymentRequests");
            Require.atMost(paymentRequests, 1000, "PaymentRequests");
            for (int i = 0; i < paymentRequests.size(); i++) {
                String field = "PaymentRequests[" + i + "]";
                AddParameters request = Require.present(paymentRequests.get(i), field);
                Require.present(request.accountId(), field + ".AccountId");
                CurrencyValue amount = Require.present(request.amount(), field + ".Amount");
                Require.text(amount.currency(), field + ".Amount.Currency");
                if (!amount.currency().matches("[A-Za-z]{3}")) {
                    throw new InvalidRequest(field + ".Amount.Currency must be an ISO 4217 code, such as EUR.");
                }
                if (Require.present(amount.value(), field + ".Amount.Value").signum() <= 0) {
                    throw new InvalidRequest(field + ".Amount.Value must be a positive amount.");
                }
                Require.present(request.type(), field + ".Type");
                Require.present(request.reason(), field + ".Reason");
                Require.present(request.expirationUtc(), field + ".ExpirationUtc");
                Require.maxLength(Require.text(request.description(), field + ".Description"), 1000,
                        field + ".Description");
                Require.maxLength(request.notes(), 1000, field + ".Notes");
            }
        }
    }

    public record Result(List<PaymentRequest> paymentRequests, UUID cursor) {
    }

    public Result add(AddRequest request, Caller caller) {
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        expiry.expireDue();
        return transactions.write(tx -> {
            Enterprise enterprise = enterprises.find(tx.handle(), enterpriseId)
                    .orElseThrow(() -> new IllegalStateException("Enterprise in scope but not stored: " + enterpriseId));
            List<PaymentRequest> added = new ArrayList<>();
            for (int i = 0; i < request.paymentRequests().size(); i++) {
                added.add(add(tx, enterprise, request.paymentRequests().get(i), "PaymentRequests[" + i + "]"));
            }
            return new Result(added, null);
        });
    }

    /** Adds one request; also used by payment plans. */
    public PaymentRequest add(Tx tx, Enterprise enterprise, AddParameters parameters, String field) {
        customers.find(tx.handle(), List.of(enterprise.chainId()), parameters.accountId())
                .filter(Customer::isActive)
                .orElseThrow(() -> new InvalidRequest(field + ".AccountId " + parameters.accountId()
                        + " is not a customer of " + enterprise.name() + "."));
        if (!parameters.expirationUtc().isAfter(tx.now())) {
            throw new InvalidRequest(field + ".ExpirationUtc must be in the future.");
        }
        UUID groupId = null;
        if (parameters.reservationId() != null) {
            Reservation reservation = reservations.find(tx.handle(), enterprise.id(), parameters.reservationId())
                    .orElseThrow(() -> new InvalidRequest(field + ".ReservationId " + parameters.reservationId()
                            + " is not a reservation of the enterprise."));
            groupId = reservation.groupId();
        }
        BigDecimal value = parameters.amount().value().setScale(2, RoundingMode.HALF_UP);
        Amount amount = new Amount(parameters.amount().currency().toUpperCase(Locale.ROOT), value, value, List.of(),
                new Amount.Breakdown(List.of(new Amount.BreakdownItem(null, value, BigDecimal.ZERO.setScale(2)))));
        PaymentRequest added = new PaymentRequest(ids.get(), enterprise.id(), parameters.accountId(),
                parameters.accountId(), groupId, parameters.reservationId(), PaymentRequest.State.Pending, amount,
                parameters.type(), parameters.reason(), parameters.expirationUtc(), parameters.description(),
                parameters.notes(), tx.now(), tx.now());
        store.insert(tx.handle(), added);
        return added;
    }

    public record GetAllRequest(Limitation limitation, List<UUID> enterpriseIds, List<UUID> paymentRequestIds,
                                List<UUID> accountIds, List<UUID> reservationIds, TimeInterval updatedUtc,
                                List<PaymentRequest.State> states) {
        public GetAllRequest {
            Require.atMost(enterpriseIds, 1000, "EnterpriseIds");
            Require.atMost(paymentRequestIds, 1000, "PaymentRequestIds");
            Require.atMost(accountIds, 1000, "AccountIds");
            Require.atMost(reservationIds, 1000, "ReservationIds");
            TimeInterval.validate(updatedUtc, "UpdatedUtc", TimeInterval.THREE_MONTHS);
        }
    }

    public Result getAll(GetAllRequest request, Caller caller) {
        Limitation limitation = Limitation.required(request.limitation());
        Filter filter = Filter.where()
                .in("r.enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("r.id", request.paymentRequestIds())
                .in("r.account_id", request.accountIds())
                .in("r.reservation_id", request.reservationIds())
                .within("r.updated_utc", request.updatedUtc())
                .in("r.state", request.states());
        expiry.expireDue();
        Page<PaymentRequest> page = transactions.read(handle -> store.page(handle, filter, limitation));
        return new Result(page.items(), page.cursor());
    }

    public record CancelRequest(List<UUID> paymentRequestIds) {
        public CancelRequest {
            Require.notEmpty(paymentRequestIds, "PaymentRequestIds");
            Require.atMost(paymentRequestIds, 1000, "PaymentRequestIds");
        }
    }

    public Result cancel(CancelRequest request, Caller caller) {
        expiry.expireDue();
        return transactions.write(tx -> {
            List<PaymentRequest> found = store.byIds(tx.handle(), caller.enterpriseIds(), request.paymentRequestIds());
            List<PaymentRequest> canceled = new ArrayList<>();
            for (UUID id : request.paymentRequestIds().stream().distinct().toList()) {
                PaymentRequest current = found.stream().filter(r -> r.id().equals(id)).findFirst()
                        .orElseThrow(() -> new InvalidRequest("PaymentRequestIds contains " + id
                                + ", which is not a payment request of the enterprise."));
                if (current.state() != PaymentRequest.State.Pending) {
                    throw new Forbidden("The payment request \"" + current.description() + "\" is "
                            + current.state().name().toLowerCase(Locale.ROOT)
                            + "; only a pending request can be canceled.");
                }
                PaymentRequest next = current.moved(PaymentRequest.State.Canceled, tx.now());
                store.update(tx.handle(), next, PaymentRequest.State.Pending);
                canceled.add(next);
            }
            return new Result(canceled, null);
        });
    }
}
