package dev.connector.paymentrequests;

import dev.connector.clock.DueEffects;
import dev.connector.customers.CustomersModule;
import dev.connector.enterprises.EnterprisesModule;
import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;
import dev.connector.payments.PaymentsModule;
import dev.connector.preauthorizations.PreauthorizationsModule;
import dev.connector.reservations.ReservationsModule;

/**
 * Payment requests: asking a customer to pay or to leave a card, with expiry at the request's time, and an admin
 * route that completes one as the guest would.
 */
public final class PaymentRequestsModule implements FeatureModule {

    private final PaymentRequestStore store;
    private final PaymentRequestExpiry expiry;
    private final PaymentRequestOperations operations;
    private final PaymentRequestsAdmin admin;

    public PaymentRequestsModule(Platform platform, EnterprisesModule enterprises, CustomersModule customers,
                                 ReservationsModule reservations, PaymentsModule payments,
                                 PreauthorizationsModule preauthorizations) {
        this.store = new PaymentRequestStore(platform.documents());
        this.expiry = new PaymentRequestExpiry(store, new DueEffects(platform.transactions(), platform.time()));
        this.operations = new PaymentRequestOperations(platform.transactions(), store, expiry, enterprises.store(),
                customers.store(), reservations.store(), platform.ids());
        this.admin = new PaymentRequestsAdmin(platform.transactions(), store, expiry, enterprises.store(),
                payments.cardPayments(), preauthorizations.store(), platform.ids(), platform.json());
    }

    @Override
    public void register(Registrar registrar) {
        registrar.operation("paymentRequests/add", PaymentRequestOperations.AddRequest.class, operations::add)
                .operation("paymentRequests/getAll", PaymentRequestOperations.GetAllRequest.class, operations::getAll)
                .operation("paymentRequests/cancel", PaymentRequestOperations.CancelRequest.class, operations::cancel)
                .routes(admin)
                .timeDrivenEffect(expiry)
                .demoSeed(new PaymentRequestsDemoSeed(store));
    }

    /** Adds payment requests inside another operation's transaction (payment plans). */
    public PaymentRequestOperations operations() {
        return operations;
    }
}
