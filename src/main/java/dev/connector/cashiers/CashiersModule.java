package dev.connector.cashiers;

import dev.connector.enterprises.EnterprisesModule;
import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;
import dev.connector.payments.PaymentsModule;
import java.math.BigDecimal;

/** Cashiers (cash drawers) and their transactions; cash payments recorded through the API go into a cashier. */
public final class CashiersModule implements FeatureModule {

    private final CashierStore store;
    private final CashierOperations operations;
    private final PaymentsModule payments;
    private final EnterprisesModule enterprises;

    public CashiersModule(Platform platform, EnterprisesModule enterprises, PaymentsModule payments) {
        this.store = new CashierStore(platform.documents());
        this.operations = new CashierOperations(platform.transactions(), store, enterprises.counters(),
                platform.ids());
        this.payments = payments;
        this.enterprises = enterprises;
    }

    @Override
    public void register(Registrar registrar) {
        registrar.operation("cashiers/getAll", CashierOperations.CashiersRequest.class, operations::cashiers)
                .operation("cashierTransactions/getAll", CashierOperations.TransactionsRequest.class,
                        operations::transactions)
                .demoSeed((tx, hotel) -> {
                    Cashier cashier = new Cashier(hotel.id("cashier/front-desk"), hotel.enterpriseId(), true,
                            "Front desk cash drawer", tx.now(), tx.now());
                    store.insert(tx.handle(), cashier);
                    long number = enterprises.counters().next(tx.handle(), hotel.enterpriseId(), "cashier-transaction");
                    store.insert(tx.handle(), new CashierTransaction(hotel.id("cashier-transaction/float"),
                            hotel.enterpriseId(), cashier.id(), null, tx.now().minusSeconds(8 * 3600),
                            String.valueOf(number), "Opening float",
                            new CashierTransaction.Value(hotel.enterprise().currencyCode(),
                                    BigDecimal.valueOf(200))));
                });
        payments.onCashPayment(operations::cashPaid);
    }
}
