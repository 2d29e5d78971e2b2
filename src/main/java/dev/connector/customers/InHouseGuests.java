package dev.connector.customers;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Who is staying in an enterprise right now, for {@code customers/search}: the reservations feature knows and
 * provides it. Until it is wired in, {@link #NONE} says nobody is in house.
 */
@FunctionalInterface
public interface InHouseGuests {

    /**
     * A customer in house: the customer's id and their reservation in the 2017-04-12 reservation shape that search
     * results embed (null when there is none to show).
     */
    record Stay(UUID customerId, JsonNode reservation) {
    }

    /** Nobody is in house. */
    InHouseGuests NONE = (handle, enterpriseId, resourceId, now) -> List.of();

    /** The stays of the enterprise at {@code now}; only those in {@code resourceId} when it is not null. */
    List<Stay> staying(Handle handle, UUID enterpriseId, UUID resourceId, Instant now);
}
