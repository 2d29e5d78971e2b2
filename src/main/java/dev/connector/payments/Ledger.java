package dev.connector.payments;

import dev.connector.availability.Stay;
import dev.connector.billingautomations.AutomationRouting;
import dev.connector.enterprises.Enterprise;
import dev.connector.enterprises.EnterpriseCounters;
import dev.connector.events.Tx;
import dev.connector.rates.Amount;
import dev.connector.routingrules.BillRouting;
import dev.connector.store.Filter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/**
 * The accounts side of stays: a reservation's nights become order items on its owner's open bill, payments lower
 * what the owner owes, and check-out closes the bills that are settled. Every method runs inside the caller's
 * transaction; events are the caller's to emit. Stateless and thread-safe.
 */
public final class Ledger {

    private final BillingStore store;
    private final EnterpriseCounters counters;
    private final Supplier<UUID> ids;

    public Ledger(BillingStore store, EnterpriseCounters counters, Supplier<UUID> ids) {
        this.store = store;
        this.counters = counters;
        this.ids = ids;
    }

    /** The same ledger with another source of ids, such as the deterministic ids of demo data. */
    public Ledger withIds(Supplier<UUID> otherIds) {
        return new Ledger(store, counters, otherIds);
    }

    /** The price of one night of a stay. */
    public record NightCharge(LocalDate night, Amount amount) {
    }

    /**
     * What a stay's nights are charged to: the guest's account, unless a routing rule (or, failing one, a billing
     * automation) sends them to the partner company or travel agency the reservation carries (either may be null).
     */
    public record StayCharges(UUID serviceId, UUID reservationId, UUID accountId, UUID profileId,
                              UUID partnerCompanyId, UUID travelAgencyId) {

        /** A stay without a company or travel agency. */
        public StayCharges(UUID serviceId, UUID reservationId, UUID accountId, UUID profileId) {
            this(serviceId, reservationId, accountId, profileId, null, null);
        }
    }

    /**
     * Posts one SpaceOrder order item per night on the open bill of the account that pays them: the guest's, or the
     * company's when a routing rule or billing automation routes the nights there.
     */
    public void chargeNights(Tx tx, Enterprise enterprise, StayCharges stay, List<NightCharge> nights) {
        if (nights.isEmpty()) {
            return;
        }
        ZoneId zone = ZoneId.of(enterprise.timeZoneIdentifier());
        UUID company = BillRouting.nightsPayer(tx.handle(), enterprise.id(), stay.serviceId(),
                stay.partnerCompanyId(), stay.travelAgencyId())
                .or(() -> AutomationRouting.payer(tx.handle(), store.documents(), enterprise.id(),
                        stay.reservationId(), AutomationRouting.RoutedItem.night()))
                .orElse(null);
        UUID accountId = company == null ? stay.accountId() : company;
        String accountType = company == null ? "Customer" : "Company";
        UUID billId = company == null
                ? openBill(tx.handle(), enterprise.id(), stay.accountId(), tx.now()).id()
                : openCompanyBill(tx.handle(), enterprise.id(), company, tx.now()).id();
        for (NightCharge night : nights) {
            Instant unitStart = Stay.unitStart(night.night(), zone);
            OrderItem item = new OrderItem(ids.get(), enterprise.id(), accountId, accountType, stay.serviceId(),
                    stay.reservationId(), null, billId, null, null, null, 1, night.amount(), night.amount(),
                    night.amount(), "Service", stay.profileId(), stay.profileId(), tx.now(), tx.now(), unitStart, null,
                    null, unitStart, null, AccountingState.Open, OrderItem.SPACE_ORDER, new OrderItem.Options(false),
                    null, null, null);
            store.insert(tx.handle(), item, night.night().toString());
        }
    }

    /** The nights of a reservation that are charged and still open. */
    public Set<LocalDate> chargedNights(Handle handle, UUID reservationId) {
        Set<LocalDate> nights = new HashSet<>();
        for (BillingStore.NightItem item : store.openItemsOf(handle, reservationId)) {
            if (item.night() != null && OrderItem.SPACE_ORDER.equals(item.item().type())) {
                nights.add(LocalDate.parse(item.night()));
            }
        }
        return nights;
    }

    /**
     * Cancels the reservation's open night items outside {@code keep} (all of them when {@code keep} is null),
     * e.g. when a stay is shortened or canceled.
     */
    public void cancelNights(Tx tx, UUID reservationId, Stay keep, UUID profileId, boolean withReservation) {
        for (BillingStore.NightItem item : store.openItemsOf(tx.handle(), reservationId)) {
            boolean kept = keep != null && item.night() != null
                    && !LocalDate.parse(item.night()).isBefore(keep.firstNight())
                    && !LocalDate.parse(item.night()).isAfter(keep.lastNight());
            if (!kept) {
                store.update(tx.handle(), item.item().canceled(tx.now(), profileId, withReservation));
            }
        }
    }

    /** Moves the reservation's open items to the new owner's open bill. */
    public void moveToAccount(Tx tx, Enterprise enterprise, UUID reservationId, UUID accountId, UUID profileId) {
        List<BillingStore.NightItem> items = store.openItemsOf(tx.handle(), reservationId);
        if (items.isEmpty()) {
            return;
        }
        UUID billId = openBill(tx.handle(), enterprise.id(), accountId, tx.now()).id();
        for (BillingStore.NightItem item : items) {
            // Items a routing rule sent to a company stay with the company.
            if (!"Company".equals(item.item().accountType())) {
                store.update(tx.handle(), item.item().movedTo(accountId, billId, tx.now(), profileId));
            }
        }
    }

    /** The order items of the reservations (open, closed and canceled), in the order they were posted. */
    public List<OrderItem> orderItemsOf(Handle handle, List<UUID> reservationIds) {
        if (reservationIds.isEmpty()) {
            return List.of();
        }
        return store.allOrderItems(handle, Filter.where().in("o.service_order_id", reservationIds), Integer.MAX_VALUE);
    }

    /** What the account owes for what it has consumed so far, less its payments; zero when settled. */
    public BigDecimal consumedBalance(Handle handle, UUID enterpriseId, UUID accountId, Instant asOf) {
        return store.consumedBalance(handle, enterpriseId, accountId, asOf);
    }

    /**
     * Closes every open bill of the account whose items and payments add up to zero, closing its items and
     * payments too. Returns the payments it closed, for their PaymentUpdated events.
     */
    public List<UUID> closeSettledBills(Tx tx, UUID enterpriseId, UUID accountId) {
        List<UUID> closedPayments = new ArrayList<>();
        for (Bill bill : store.openBills(tx.handle(), enterpriseId, accountId)) {
            List<OrderItem> items = store.itemsOfBill(tx.handle(), bill.id()).stream()
                    .filter(item -> item.accountingState() == AccountingState.Open)
                    .toList();
            List<Payment> payments = store.paymentsOfBill(tx.handle(), bill.id()).stream()
                    .filter(payment -> payment.accountingState() == AccountingState.Open)
                    .toList();
            BigDecimal total = BigDecimal.ZERO;
            for (OrderItem item : items) {
                total = total.add(item.amount().grossValue());
            }
            for (Payment payment : payments) {
                total = total.add(payment.amount().grossValue());
            }
            boolean empty = items.isEmpty() && payments.isEmpty();
            if (empty || total.setScale(2, RoundingMode.HALF_UP).signum() != 0) {
                continue;
            }
            for (OrderItem item : items) {
                store.update(tx.handle(), item.closed(tx.now()));
            }
            for (Payment payment : payments) {
                store.update(tx.handle(), payment.closed(tx.now()));
                closedPayments.add(payment.id());
            }
            String number = String.valueOf(counters.next(tx.handle(), enterpriseId, "bill"));
            store.update(tx.handle(), bill.closed(number, tx.now()));
        }
        return closedPayments;
    }

    /** The account's oldest open bill, opened now when it has none. */
    public Bill openBill(Handle handle, UUID enterpriseId, UUID accountId, Instant now) {
        return openBill(handle, enterpriseId, accountId, Accounts.CUSTOMER, now);
    }

    /** The account's oldest open bill, opened now (for a customer or company account) when it has none. */
    public Bill openBill(Handle handle, UUID enterpriseId, UUID accountId, String accountType, Instant now) {
        List<Bill> open = store.openBills(handle, enterpriseId, accountId);
        if (!open.isEmpty()) {
            return open.get(0);
        }
        Bill bill = Bill.open(ids.get(), enterpriseId, accountId, accountType, null, null, now);
        store.insert(handle, bill);
        return bill;
    }

    /**
     * The open bill of the company a billing automation routes a product of the reservation to (opened now when the
     * company has none), or empty when the product stays on the bill of the reservation's owner.
     */
    public Optional<Bill> routedProductBill(Handle handle, UUID enterpriseId, UUID reservationId, UUID productId,
                                            UUID productCategoryId, UUID accountingCategoryId, Instant now) {
        return AutomationRouting.payer(handle, store.documents(), enterpriseId, reservationId,
                        AutomationRouting.RoutedItem.product(productId, productCategoryId, accountingCategoryId))
                .map(company -> openCompanyBill(handle, enterpriseId, company, now));
    }

    /** The company's oldest open bill, opened now when it has none. */
    private Bill openCompanyBill(Handle handle, UUID enterpriseId, UUID companyId, Instant now) {
        return openBill(handle, enterpriseId, companyId, "Company", now);
    }

    /**
     * Records a payment of {@code value} (positive, in the enterprise currency) on a bill of the account; the caller
     * emits its PaymentUpdated.
     */
    public Payment addExternalPayment(Tx tx, Enterprise enterprise, NewExternalPayment request) {
        UUID billId = request.billId() != null
                ? request.billId()
                : openBill(tx.handle(), enterprise.id(), request.accountId(), tx.now()).id();
        Amount amount = untaxed(enterprise.currencyCode(), request.value().negate());
        Payment payment = new Payment(ids.get(), enterprise.id(), request.accountId(), "Customer", billId,
                request.reservationId(), request.accountingCategoryId(), amount, amount, request.notes(), null,
                tx.now(), null, tx.now(), tx.now(), tx.now(), tx.now(), AccountingState.Open, Payment.CHARGED,
                request.externalIdentifier(), Payment.EXTERNAL_PAYMENT, "Payment",
                new Payment.Data("External", null, null,
                        new Payment.External(request.type(), request.externalIdentifier()), null));
        store.insert(tx.handle(), payment);
        return payment;
    }

    /** What {@link #addExternalPayment} needs; {@code billId} (may be null) is already checked to be open. */
    public record NewExternalPayment(UUID accountId, UUID billId, UUID reservationId, UUID accountingCategoryId,
                                     BigDecimal value, ExternalPaymentType type, String externalIdentifier,
                                     String notes) {
    }

    /** An amount without tax, as payments carry. */
    static Amount untaxed(String currency, BigDecimal value) {
        BigDecimal money = value.setScale(2, RoundingMode.HALF_UP);
        return new Amount(currency, money, money, List.of(),
                new Amount.Breakdown(List.of(new Amount.BreakdownItem(null, money, BigDecimal.ZERO.setScale(2)))));
    }
}
