package dev.connector.creditcards;

import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;
import dev.connector.payments.PaymentsModule;

/** Payment cards of customers: reading them, storing tokenized ones, charging and disabling gateway cards. */
public final class CreditCardsModule implements FeatureModule {

    private final CreditCardOperations operations;
    private final PaymentsModule payments;

    public CreditCardsModule(Platform platform, PaymentsModule payments) {
        this.payments = payments;
        this.operations = new CreditCardOperations(platform.transactions(), payments.cardPayments(), platform.ids());
    }

    @Override
    public void register(Registrar registrar) {
        registrar.operation("creditCards/getAll", CreditCardOperations.GetAllRequest.class, operations::getAll)
                .operation("creditCards/addTokenized", CreditCardOperations.AddTokenizedRequest.class,
                        operations::addTokenized)
                .operation("creditCards/charge", CreditCardOperations.ChargeRequest.class, operations::charge)
                .restrictedOperation("creditCards/disable", CreditCardOperations.DisableRequest.class,
                        operations::disable)
                .deprecatedOperation("creditCards/getAllByIds", CreditCardOperations.ByIdsRequest.class,
                        operations::getAllByIds)
                .deprecatedOperation("creditCards/getAllByCustomers", CreditCardOperations.ByCustomersRequest.class,
                        operations::getAllByCustomers)
                .demoSeed(new CreditCardsDemoSeed(payments.cardPayments().cards()));
    }
}
