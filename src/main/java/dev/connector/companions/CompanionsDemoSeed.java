package dev.connector.companions;

import dev.connector.demo.DemoHotel;
import dev.connector.demo.DemoSeed;
import dev.connector.events.Tx;
import dev.connector.reservations.Reservation;
import dev.connector.reservations.ReservationStore;
import java.util.List;
import java.util.UUID;

/**
 * The guests in house, listed as companions of their reservations: every checked-in owner, and on reservations for
 * two or more another demo customer as their companion. Ids are
 * {@code hotel.id("companionship/<reservation number>/<n>")}.
 */
final class CompanionsDemoSeed implements DemoSeed {

    private final CompanionshipStore store;
    private final ReservationStore reservations;

    CompanionsDemoSeed(CompanionshipStore store, ReservationStore reservations) {
        this.store = store;
        this.reservations = reservations;
    }

    @Override
    public void seed(Tx tx, DemoHotel hotel) {
        List<Reservation> inHouse = reservations.started(tx.handle(), hotel.enterpriseId(), null);
        for (int i = 0; i < inHouse.size(); i++) {
            Reservation reservation = inHouse.get(i);
            add(tx, hotel, reservation, reservation.accountId(), 1);
            UUID companion = hotel.id("customer/" + (1 + (i * 7 + 3) % 50));
            if (reservation.guestCount() > 1 && !companion.equals(reservation.accountId())) {
                add(tx, hotel, reservation, companion, 2);
            }
        }
    }

    private void add(Tx tx, DemoHotel hotel, Reservation reservation, UUID customerId, int n) {
        store.insert(tx.handle(), hotel.enterpriseId(), new Companionship(
                hotel.id("companionship/" + reservation.number() + "/" + n), customerId, reservation.groupId(),
                reservation.id()), reservation.actualStartUtc() == null ? tx.now() : reservation.actualStartUtc());
    }
}
