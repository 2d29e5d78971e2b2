package dev.connector.reservations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.events.DomainEvent;
import dev.connector.events.StoredEvent;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RoomAssignmentTest extends BothStoresTest {

    @Test
    void a_room_of_another_room_type_cannot_be_assigned() {
        UUID id = add(Stays.today(Stays.LONDON).plusDays(220), 2);

        ApiResponse response = assign(id, "205");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().path("Message").asText()).contains("Room 205 is not a Standard Double");
    }

    @Test
    void a_room_held_by_another_reservation_on_one_of_the_nights_cannot_be_assigned() {
        LocalDate arrival = Stays.today(Stays.LONDON).plusDays(230);
        UUID first = add(arrival, 2);
        assertThat(assign(first, "108").status()).isEqualTo(200);
        UUID second = add(arrival.plusDays(1), 2);

        ApiResponse response = assign(second, "108");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().path("Message").asText()).contains("Room 108 is not free");
    }

    @Test
    void a_free_room_of_the_type_is_assigned_and_the_event_names_it() {
        UUID id = add(Stays.today(Stays.LONDON).plusDays(240), 3);
        Stays.Events events = new Stays.Events(server);
        long before = events.last();

        ApiResponse response = assign(id, "109");

        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        List<DomainEvent> written = events.after(before).stream().map(StoredEvent::event).toList();
        assertThat(written).hasSize(1);
        assertThat(((DomainEvent.ServiceOrderUpdated) written.get(0)).assignedResourceId())
                .isEqualTo(Stays.room(Stays.UK, "109"));
    }

    private ApiResponse assign(UUID reservationId, String room) {
        ObjectNode body = ApiClient.body(ApiClient.UK);
        ObjectNode update = body.putArray("ReservationUpdates").addObject();
        update.put("ReservationId", reservationId.toString());
        update.putObject("AssignedResourceId").put("Value", Stays.room(Stays.UK, room).toString());
        return client().operation("reservations/update", body);
    }

    private UUID add(LocalDate arrival, int nights) {
        ApiResponse response = client().operation("reservations/add", Stays.add(ApiClient.UK, Stays.UK, Stays.LONDON,
                arrival, nights, "standard-double", Stays.guest(Stays.UK), null));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return Stays.addedId(response.json());
    }
}
