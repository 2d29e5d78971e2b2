package dev.connector.paymentplans;

import dev.connector.enterprises.EnterprisesModule;
import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;
import dev.connector.paymentrequests.PaymentRequestsModule;
import dev.connector.payments.PaymentsModule;
import dev.connector.reservations.ReservationsModule;

/** Payment plans (restricted): a reservation paid in monthly instalments, started by a payment request. */
public final class PaymentPlansModule implements FeatureModule {

    private final PaymentPlanOperations operations;

    public PaymentPlansModule(Platform platform, EnterprisesModule enterprises, PaymentsModule payments,
                              ReservationsModule reservations, PaymentRequestsModule paymentRequests) {
        this.operations = new PaymentPlanOperations(platform.transactions(), enterprises.store(),
                reservations.store(), payments.ledger(), paymentRequests.operations(), platform.ids(), platform.documents());
    }

    @Override
    public void register(Registrar registrar) {
        registrar.restrictedOperation("paymentPlans/add", PaymentPlanOperations.AddRequest.class, operations::add);
    }
}
