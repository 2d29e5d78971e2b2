package dev.connector.reservations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PortfolioReservationsTest extends BothStoresTest {

    @Test
    void a_portfolio_token_reads_reservations_of_both_hotels_and_narrows_them_by_enterprise() {
        Set<String> all = services(getAll(null));
        assertThat(all).containsExactlyInAnyOrder(Stays.service(Stays.UK).toString(), Stays.service(Stays.US).toString());

        assertThat(services(getAll(Stays.UK))).containsExactly(Stays.service(Stays.UK).toString());
        assertThat(services(getAll(Stays.US))).containsExactly(Stays.service(Stays.US).toString());
    }

    @Test
    void a_portfolio_token_cannot_name_an_enterprise_outside_it_and_a_hotel_token_sees_only_its_hotel() {
        ObjectNode foreign = query(ApiClient.PORTFOLIO);
        foreign.putArray("EnterpriseIds").add(UUID.randomUUID().toString());
        assertThat(client().operation("reservations/getAll/2023-06-06", foreign).status()).isEqualTo(403);

        ApiResponse usOnly = client().operation("reservations/getAll/2023-06-06", query(ApiClient.US));
        assertThat(services(usOnly.json())).containsExactly(Stays.service(Stays.US).toString());
    }

    @Test
    void a_portfolio_token_books_in_the_hotel_of_the_service() {
        LocalDate arrival = Stays.today(Stays.NEW_YORK).plusDays(40);
        ObjectNode add = Stays.add(ApiClient.PORTFOLIO, Stays.US, Stays.NEW_YORK, arrival, 2, "junior-suite",
                Stays.guest(Stays.US), null);
        add.put("EnterpriseId", Stays.US.toString());
        ApiResponse added = client().operation("reservations/add", add);
        assertThat(added.status()).as(added.raw()).isEqualTo(200);
        UUID id = Stays.addedId(added.json());

        ObjectNode wrongHotel = Stays.withIds(ApiClient.body(ApiClient.PORTFOLIO), "ReservationIds", id);
        wrongHotel.put("EnterpriseId", Stays.UK.toString());
        assertThat(client().operation("reservations/confirm", wrongHotel).status()).isEqualTo(400);
        ObjectNode withoutHotel = Stays.withIds(ApiClient.body(ApiClient.PORTFOLIO), "ReservationIds", id);
        assertThat(client().operation("reservations/confirm", withoutHotel).status()).isEqualTo(400);
    }

    private JsonNode getAll(UUID enterpriseId) {
        ObjectNode body = query(ApiClient.PORTFOLIO);
        if (enterpriseId != null) {
            body.putArray("EnterpriseIds").add(enterpriseId.toString());
        }
        ApiResponse response = client().operation("reservations/getAll/2023-06-06", body);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.json();
    }

    private static ObjectNode query(ApiClient.Tokens tokens) {
        ObjectNode body = ApiClient.body(tokens);
        body.putObject("Limitation").put("Count", 1000);
        LocalDate today = Stays.today(Stays.LONDON);
        body.putObject("ScheduledStartUtc").put("StartUtc", Stays.midnight(today.minusDays(30), Stays.LONDON))
                .put("EndUtc", Stays.midnight(today.plusDays(60), Stays.LONDON));
        return body;
    }

    private static Set<String> services(JsonNode result) {
        Set<String> services = new HashSet<>();
        result.path("Reservations").forEach(reservation -> services.add(reservation.path("ServiceId").asText()));
        return services;
    }
}
