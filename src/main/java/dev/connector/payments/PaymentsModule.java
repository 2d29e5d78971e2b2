package dev.connector.payments;

import dev.connector.customers.CustomersModule;
import dev.connector.enterprises.EnterprisesModule;
import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;
import java.time.Duration;

/** The ledger: bills, order items and payments, and the operations that read and add to them. */
public final class PaymentsModule implements FeatureModule {

    private final BillingStore store;
    private final Ledger ledger;
    private final PaymentOperations payments;
    private final BillOperations bills;
    private final OrderItemOperations orderItems;
    private final CardPayments cardPayments;
    private final CardPaymentOperations cardOperations;
    private final LegacyItemOperations legacyItems;
    private final Platform platform;
    private final BillChangeOperations billChanges;
    private final AccountingItemOperations accountingItems;
    private final RestrictedBillOperations restricted;
    private AlternativePaymentProcessor processor;

    public PaymentsModule(Platform platform, EnterprisesModule enterprises, CustomersModule customers) {
        this.store = new BillingStore(platform.documents());
        this.ledger = new Ledger(store, enterprises.counters(), platform.ids());
        this.payments = new PaymentOperations(platform.transactions(), enterprises.store(), store, ledger,
                customers.store());
        this.bills = new BillOperations(platform.transactions(), store);
        this.orderItems = new OrderItemOperations(platform.transactions(), store);
        this.platform = platform;
        this.cardPayments = new CardPayments(enterprises.store(), customers.store(), store, ledger,
                new CardStore(platform.documents()), platform.ids());
        this.cardOperations = new CardPaymentOperations(platform.transactions(), cardPayments, platform.ids());
        this.legacyItems = new LegacyItemOperations(platform.transactions(), store);
        this.billChanges = new BillChangeOperations(platform.transactions(), enterprises.store(),
                enterprises.counters(), store, platform.documents(), platform.ids());
        this.restricted = new RestrictedBillOperations(platform.transactions(), enterprises.store(), store);
        this.accountingItems = new AccountingItemOperations(platform.transactions(), enterprises.store(), store,
                ledger);
    }

    @Override
    public void register(Registrar registrar) {
        processor = new AlternativePaymentProcessor(platform.transactions(), platform.clock(), cardPayments.cards(),
                Duration.ofSeconds(1));
        registrar.operation("payments/getAll", PaymentOperations.GetAllRequest.class, payments::getAll)
                .operation("payments/addExternal", PaymentOperations.AddExternalRequest.class, payments::addExternal)
                .operation("bills/getAll", BillOperations.GetAllRequest.class, bills::getAll)
                .operation("orderItems/getAll", OrderItemOperations.GetAllRequest.class, orderItems::getAll)
                .deprecatedOperation("accountingItems/getAll", OrderItemOperations.AccountingItemsRequest.class,
                        orderItems::accountingItems)
                .operation("bills/add", BillChangeOperations.AddRequest.class, billChanges::add)
                .operation("bills/delete", BillChangeOperations.DeleteRequest.class, billChanges::delete)
                .operation("bills/close", BillChangeOperations.CloseRequest.class, billChanges::close)
                .operation("bills/getPdf", BillChangeOperations.PdfRequest.class, billChanges::pdf)
                .operation("accountingItems/update", AccountingItemOperations.UpdateRequest.class,
                        accountingItems::update)
                .restrictedOperation("bills/update", RestrictedBillOperations.UpdateRequest.class, restricted::update)
                .restrictedOperation("orderItems/cancel", RestrictedBillOperations.CancelRequest.class,
                        restricted::cancel);
        registrar.operation("payments/addCreditCard", CardPaymentOperations.AddCreditCardRequest.class,
                        cardOperations::addCreditCard)
                .operation("payments/addAlternative", CardPaymentOperations.AddAlternativeRequest.class,
                        cardOperations::addAlternative)
                .operation("payments/refund", CardPaymentOperations.RefundRequest.class, cardOperations::refund)
                .deprecatedOperation("customers/getOpenItems", LegacyItemOperations.OpenItemsRequest.class,
                        legacyItems::openItems)
                .deprecatedOperation("reservations/getAllItems", LegacyItemOperations.ReservationItemsRequest.class,
                        legacyItems::reservationItems)
                .worker(processor);
    }

    /** The sandbox's processor of alternative payments; available once the module is registered. */
    public AlternativePaymentProcessor alternativePayments() {
        return processor;
    }

    public BillingStore store() {
        return store;
    }

    /** Lets a later module act on each cash payment in its transaction (cashier transactions). */
    public void onCashPayment(PaymentOperations.CashPaymentListener listener) {
        payments.onCashPayment(listener);
    }

    public Ledger ledger() {
        return ledger;
    }

    /** Card and alternative payments, and the cards they are made with. */
    public CardPayments cardPayments() {
        return cardPayments;
    }
}
