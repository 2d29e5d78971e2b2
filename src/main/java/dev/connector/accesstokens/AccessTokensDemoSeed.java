package dev.connector.accesstokens;

import dev.connector.demo.DemoHotel;
import dev.connector.demo.DemoSeed;
import dev.connector.events.Tx;
import dev.connector.reservations.Reservation;
import dev.connector.reservations.ReservationStore;
import java.util.List;

/**
 * A door code for the owner of every checked-in demo reservation, valid from check-in to the scheduled departure.
 * Ids are {@code hotel.id("access-token/<reservation number>")}.
 */
final class AccessTokensDemoSeed implements DemoSeed {

    private final ResourceAccessTokenStore store;
    private final ReservationStore reservations;

    AccessTokensDemoSeed(ResourceAccessTokenStore store, ReservationStore reservations) {
        this.store = store;
        this.reservations = reservations;
    }

    @Override
    public void seed(Tx tx, DemoHotel hotel) {
        List<Reservation> inHouse = reservations.started(tx.handle(), hotel.enterpriseId(), null);
        for (Reservation reservation : inHouse) {
            if (reservation.assignedResourceId() == null) {
                continue;
            }
            int number = Integer.parseInt(reservation.number());
            store.insert(tx.handle(), new ResourceAccessToken(hotel.id("access-token/" + reservation.number()),
                    hotel.enterpriseId(), reservation.id(), hotel.id("companionship/" + reservation.number() + "/1"),
                    reservation.assignedResourceId(), ResourceAccessToken.TokenType.PinCode,
                    String.format("%06d", (number * 7_919L) % 1_000_000), null, reservation.startUtc(),
                    reservation.scheduledEndUtc(), new ResourceAccessToken.Permissions(false, true, false, true),
                    reservation.actualStartUtc(), reservation.actualStartUtc(), true));
        }
    }
}
