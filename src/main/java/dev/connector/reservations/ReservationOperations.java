package dev.connector.reservations;

import dev.connector.api.Operations;
import dev.connector.availability.Availability;
import dev.connector.customers.CustomerStore;
import dev.connector.customers.InHouseGuests;
import dev.connector.demo.DemoSeed;
import dev.connector.enterprises.EnterpriseCounters;
import dev.connector.enterprises.EnterpriseStore;
import dev.connector.events.Transactions;
import dev.connector.payments.Ledger;
import dev.connector.rates.RatePricing;
import dev.connector.resources.ResourceStore;
import dev.connector.services.Catalogue;
import dev.connector.store.Documents;
import java.util.UUID;
import java.util.function.Supplier;

/** The reservation operations built from what they need, registered by path; and the reservations' demo seed. */
public final class ReservationOperations {

    private final QueryOperations queries;
    private final BookingOperations booking;
    private final ChangeOperations changes;
    private final LifecycleOperations lifecycle;
    private final ReservationsSeed seed;
    private final InHouse inHouse;

    public ReservationOperations(Transactions transactions, EnterpriseStore enterprises, EnterpriseCounters counters,
                                 Documents documents, Availability availability, Catalogue catalogue,
                                 RatePricing pricing, Ledger ledger, ResourceStore resources, CustomerStore customers,
                                 Supplier<UUID> ids) {
        ReservationStore store = new ReservationStore(documents);
        Bookings bookings = new Bookings(store, availability, catalogue, pricing, ledger, enterprises, customers);
        this.queries = new QueryOperations(transactions, store, resources, ledger, customers);
        this.inHouse = new InHouse(documents);
        this.booking = new BookingOperations(transactions, enterprises, counters, bookings, ids);
        this.changes = new ChangeOperations(transactions, bookings);
        this.lifecycle = new LifecycleOperations(transactions, bookings, resources);
        this.seed = new ReservationsSeed(bookings, counters);
    }

    public void registerOn(Operations operations) {
        operations.add("reservations/getAll/2023-06-06", QueryOperations.GetAllRequest.class, queries::getAll);
        operations.add("reservations/getAll", QueryOperations.OldGetAllRequest.class, queries::getAllOld);
        operations.add("reservationGroups/getAll", QueryOperations.GroupsRequest.class, queries::groups);
        operations.add("reservations/price", BookingOperations.PriceRequest.class, booking::price);
        operations.add("reservations/add", BookingOperations.AddRequest.class, booking::add);
        operations.add("reservations/update", ReservationUpdate.class, changes::update);
        operations.add("reservations/updateInterval", ChangeOperations.IntervalRequest.class, changes::updateInterval);
        operations.add("reservations/updateCustomer", ChangeOperations.CustomerRequest.class, changes::updateCustomer);
        operations.add("reservations/confirm", LifecycleOperations.ConfirmRequest.class, lifecycle::confirm);
        operations.add("reservations/start", LifecycleOperations.StartRequest.class, lifecycle::start);
        operations.add("reservations/process", LifecycleOperations.ProcessRequest.class, lifecycle::process);
        operations.add("reservations/cancel", LifecycleOperations.CancelRequest.class, lifecycle::cancel);
    }

    /** Who is checked in right now, for customers/search. */
    public InHouseGuests inHouseGuests() {
        return inHouse;
    }

    /** Demo reservations in every state for each demo hotel. */
    public DemoSeed demoSeed() {
        return seed;
    }
}
