package dev.connector.devices;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * What commands need to know about entities of other features: the reservation a key is cut for, and the
 * customer a terminal charges. The composition root gives each from its feature; {@link #NONE} knows nothing,
 * so that key cutter or payment terminal commands are refused as naming unknown entities until it does.
 */
public record CommandSubjects(Reservations reservations, Customers customers) {

    public static final CommandSubjects NONE = new CommandSubjects(Reservations.NONE, Customers.NONE);

    /** A reservation as a key encoder needs it; {@code lockIds} are the assigned rooms (empty when none yet). */
    public record ReservationKey(UUID reservationId, String number, String state, Instant startUtc, Instant endUtc,
                                 List<String> lockIds, String firstName, String lastName, String email,
                                 String telephone) {
    }

    @FunctionalInterface
    public interface Reservations {

        Reservations NONE = (handle, enterpriseId, reservationId) -> Optional.empty();

        /** The reservation in the enterprise, if it exists there. */
        Optional<ReservationKey> find(Handle handle, UUID enterpriseId, UUID reservationId);
    }

    @FunctionalInterface
    public interface Customers {

        Customers NONE = (handle, enterpriseId, customerId) -> Optional.empty();

        /** The full name of an active customer the enterprise may charge, if there is one with this id. */
        Optional<String> fullName(Handle handle, UUID enterpriseId, UUID customerId);
    }
}
