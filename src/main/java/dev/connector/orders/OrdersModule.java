package dev.connector.orders;

import dev.connector.accounting.AccountingModule;
import dev.connector.enterprises.EnterprisesModule;
import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;
import dev.connector.payments.PaymentsModule;
import dev.connector.reference.ReferenceModule;
import dev.connector.services.ServicesModule;

/** Orders of products and custom items for additional services (point of sale), and the product service orders. */
public final class OrdersModule implements FeatureModule {

    private final OrderStore store;
    private final ChargedAmounts amounts;
    private final OrderOperations operations;
    private final OrdersDemoSeed seed;

    public OrdersModule(Platform platform, ReferenceModule reference, EnterprisesModule enterprises,
                        ServicesModule services, PaymentsModule payments, AccountingModule accounting) {
        this.store = new OrderStore(platform.documents());
        this.amounts = new ChargedAmounts(reference.data().taxes());
        this.operations = new OrderOperations(platform.transactions(), store, enterprises.store(),
                enterprises.settings(), payments.store(), payments.ledger(), amounts, platform.ids());
        this.seed = new OrdersDemoSeed(services.store(), accounting.store(),
                ids -> new OrderOperations(platform.transactions(), store, enterprises.store(), enterprises.settings(),
                        payments.store(), payments.ledger().withIds(ids), amounts, ids));
    }

    @Override
    public void register(Registrar registrar) {
        registrar.operation("orders/add", OrderOperations.AddRequest.class, operations::add)
                .operation("productServiceOrders/getAll", OrderOperations.GetAllRequest.class, operations::getAll)
                .demoSeed(seed);
    }

    /** Turns posted amount parameters into amounts with the enterprise's taxes. */
    public ChargedAmounts amounts() {
        return amounts;
    }
}
