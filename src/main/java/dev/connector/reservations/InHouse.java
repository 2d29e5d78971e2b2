package dev.connector.reservations;

import dev.connector.customers.InHouseGuests;
import dev.connector.store.Documents;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The guests in house for {@code customers/search}: owners of checked-in (Started) reservations, with the
 * reservation in the 2017 shape. Stateless and thread-safe.
 */
public final class InHouse implements InHouseGuests {

    private final ReservationStore store;
    private final Documents documents;

    public InHouse(Documents documents) {
        this.store = new ReservationStore(documents);
        this.documents = documents;
    }

    @Override
    public List<Stay> staying(Handle handle, UUID enterpriseId, UUID resourceId, Instant now) {
        Map<UUID, Boolean> children = store.childAgeCategories(handle, List.of(enterpriseId));
        return store.started(handle, enterpriseId, resourceId).stream()
                .map(reservation -> new Stay(reservation.accountId(),
                        documents.mapper().valueToTree(ReservationOld.of(reservation, children))))
                .toList();
    }
}
