package dev.connector.reservations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connector.api.ApiJson;
import dev.connector.customers.InHouseGuests;
import dev.connector.store.Documents;
import dev.connector.testing.BothStoresTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InHouseTest extends BothStoresTest {

    @Test
    void the_guests_in_house_are_the_owners_of_checked_in_reservations_in_the_2017_shape() {
        InHouse inHouse = new InHouse(new Documents(ApiJson.create()));

        List<InHouseGuests.Stay> stays = server.connector().database().jdbi()
                .withHandle(handle -> inHouse.staying(handle, Stays.UK, null, Instant.now()));

        assertThat(stays).isNotEmpty();
        for (InHouseGuests.Stay stay : stays) {
            assertThat(stay.reservation().path("State").asText()).isEqualTo("Started");
            assertThat(stay.reservation().path("CustomerId").asText()).isEqualTo(stay.customerId().toString());
        }
        String room = stays.get(0).reservation().path("AssignedResourceId").asText();
        List<InHouseGuests.Stay> inRoom = server.connector().database().jdbi()
                .withHandle(handle -> inHouse.staying(handle, Stays.UK, java.util.UUID.fromString(room), Instant.now()));
        assertThat(inRoom).hasSize(1);
    }
}
