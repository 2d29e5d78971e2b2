package dev.connector.reservations;

import dev.connector.availability.AvailabilityModule;
import dev.connector.customers.CustomersModule;
import dev.connector.enterprises.EnterprisesModule;
import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;
import dev.connector.payments.PaymentsModule;
import dev.connector.rates.RatesModule;
import dev.connector.resources.ResourcesModule;
import dev.connector.services.ServicesModule;
import dev.connector.vouchers.VouchersModule;

/** Reservations: booking and pricing, changes, the state machine, queries, and demo reservations in every state. */
public final class ReservationsModule implements FeatureModule {

    private final ReservationStore store;
    private final QueryOperations queries;
    private final BookingOperations booking;
    private final ChangeOperations changes;
    private final LifecycleOperations lifecycle;
    private final ReservationDemoSeed seed;
    private final ProductOperations products;

    public ReservationsModule(Platform platform, EnterprisesModule enterprises, ServicesModule services,
                              ResourcesModule resources, RatesModule rates, CustomersModule customers,
                              PaymentsModule payments, AvailabilityModule availability, VouchersModule vouchers) {
        this.store = new ReservationStore(platform.documents());
        Bookings bookings = new Bookings(store, availability.availability(), services.catalogue(), rates.pricing(),
                payments.ledger(), enterprises.store(), customers.store());
        this.queries = new QueryOperations(platform.transactions(), store, resources.store(), payments.ledger(),
                customers.store());
        this.booking = new BookingOperations(platform.transactions(), enterprises.store(), enterprises.counters(),
                bookings, vouchers.redemption(), platform.ids());
        this.changes = new ChangeOperations(platform.transactions(), bookings);
        this.lifecycle = new LifecycleOperations(platform.transactions(), bookings, resources.store());
        this.seed = new ReservationDemoSeed(bookings, enterprises.counters());
        this.products = new ProductOperations(platform.transactions(), store, enterprises.store(), payments.store(),
                payments.ledger(), platform.documents(), platform.ids());
    }

    @Override
    public void register(Registrar registrar) {
        registrar.operation("reservations/getAll/2023-06-06", QueryOperations.GetAllRequest.class, queries::getAll)
                .deprecatedOperation("reservations/getAll", QueryOperations.OldGetAllRequest.class, queries::getAllOld)
                .operation("reservationGroups/getAll", QueryOperations.GroupsRequest.class, queries::groups)
                .operation("reservations/price", BookingOperations.PriceRequest.class, booking::price)
                .operation("reservations/add", BookingOperations.AddRequest.class, booking::add)
                .operation("reservations/update", ReservationUpdate.class, changes::update)
                .operation("reservations/updateInterval", ChangeOperations.IntervalRequest.class, changes::updateInterval)
                .operation("reservations/updateCustomer", ChangeOperations.CustomerRequest.class, changes::updateCustomer)
                .operation("reservations/confirm", LifecycleOperations.ConfirmRequest.class, lifecycle::confirm)
                .operation("reservations/start", LifecycleOperations.StartRequest.class, lifecycle::start)
                .operation("reservations/process", LifecycleOperations.ProcessRequest.class, lifecycle::process)
                .operation("reservations/cancel", LifecycleOperations.CancelRequest.class, lifecycle::cancel)
                .operation("reservations/addProduct", ProductOperations.AddProductRequest.class, products::addProduct)
                .demoSeed(seed);
    }

    public ReservationStore store() {
        return store;
    }
}
