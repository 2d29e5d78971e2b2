package dev.connector.devices;

import dev.connector.customers.Customer;
import dev.connector.customers.CustomerStore;
import dev.connector.enterprises.EnterpriseStore;
import dev.connector.reservations.Reservation;
import dev.connector.reservations.ReservationStore;
import dev.connector.services.Catalogue;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Reservations a key cutter may encode keys for: the reservation of the enterprise with its assigned room as the
 * lock id and its owner's contact details. Stateless and thread-safe.
 */
public final class ReservationKeys implements CommandSubjects.Reservations {

    private final ReservationStore reservations;
    private final EnterpriseStore enterprises;
    private final CustomerStore customers;
    private final Catalogue catalogue;

    public ReservationKeys(ReservationStore reservations, EnterpriseStore enterprises, CustomerStore customers,
                           Catalogue catalogue) {
        this.reservations = reservations;
        this.enterprises = enterprises;
        this.customers = customers;
        this.catalogue = catalogue;
    }

    @Override
    public Optional<CommandSubjects.ReservationKey> find(Handle handle, UUID enterpriseId, UUID reservationId) {
        return reservations.find(handle, enterpriseId, reservationId).map(reservation -> key(handle, enterpriseId, reservation));
    }

    private CommandSubjects.ReservationKey key(Handle handle, UUID enterpriseId, Reservation reservation) {
        List<String> lockIds = reservation.assignedResourceId() == null ? List.of()
                : catalogue.room(handle, reservation.assignedResourceId()).map(Catalogue.Room::name).stream().toList();
        Optional<Customer> owner = enterprises.find(handle, enterpriseId)
                .flatMap(enterprise -> customers.find(handle, List.of(enterprise.chainId()), reservation.accountId()));
        return new CommandSubjects.ReservationKey(reservation.id(), reservation.number(), reservation.state().name(),
                reservation.startUtc(), reservation.endUtc(), lockIds,
                owner.map(Customer::firstName).orElse(null), owner.map(Customer::lastName).orElse(null),
                owner.map(Customer::email).orElse(null), owner.map(Customer::phone).orElse(null));
    }
}
