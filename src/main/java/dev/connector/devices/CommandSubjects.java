package dev.connector.devices;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * What commands need to know about entities of other features: the reservation a key is cut for and the customer
 * a terminal charges. The reservations and customers features provide it; {@link #NONE} knows nothing, so key
 * cutter and payment terminal commands are refused until they do.
 */
public interface CommandSubjects {

    /** A reservation as a key encoder needs it; {@code lockIds} are the assigned rooms (empty when none yet). */
    record ReservationKey(UUID reservationId, String number, String state, Instant startUtc, Instant endUtc,
                          List<String> lockIds, String firstName, String lastName, String email, String telephone) {
    }

    /** The reservation in the enterprise, if it exists there. */
    Optional<ReservationKey> reservation(Handle handle, UUID enterpriseId, UUID reservationId);

    /** The full name of a customer the enterprise may charge, if it exists there. */
    Optional<String> customerFullName(Handle handle, UUID enterpriseId, UUID customerId);

    CommandSubjects NONE = new CommandSubjects() {
        @Override
        public Optional<ReservationKey> reservation(Handle handle, UUID enterpriseId, UUID reservationId) {
            return Optional.empty();
        }

        @Override
        public Optional<String> customerFullName(Handle handle, UUID enterpriseId, UUID customerId) {
            return Optional.empty();
        }
    };
}
