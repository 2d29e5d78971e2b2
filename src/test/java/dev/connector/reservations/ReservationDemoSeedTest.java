package dev.connector.reservations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.testing.ApiClient;
import dev.connector.testing.BothStoresTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReservationDemoSeedTest extends BothStoresTest {

    @Test
    void each_demo_hotel_has_about_sixty_reservations_in_every_state_matching_their_dates() {
        for (ApiClient.Tokens hotel : List.of(ApiClient.UK, ApiClient.US)) {
            List<JsonNode> reservations = seeded(hotel);
            assertThat(reservations).hasSizeBetween(50, 60);
            Set<String> states = new HashSet<>();
            Instant now = Instant.now();
            for (JsonNode reservation : reservations) {
                String state = reservation.path("State").asText();
                states.add(state);
                Instant start = Stays.instant(reservation.path("ScheduledStartUtc").asText());
                Instant end = Stays.instant(reservation.path("ScheduledEndUtc").asText());
                switch (state) {
                    case "Processed" -> assertThat(end).isBefore(now);
                    case "Started" -> assertThat(reservation.path("AssignedResourceId").isNull()).isFalse();
                    case "Confirmed", "Optional", "Inquired" -> assertThat(end).isAfter(now);
                    default -> {
                    }
                }
                assertThat(start).isBefore(end);
            }
            assertThat(states).contains("Processed", "Canceled", "Started", "Confirmed", "Optional", "Inquired");
        }
    }

    @Test
    void checked_out_demo_stays_are_paid_and_their_bills_closed() {
        ObjectNode payments = ApiClient.body(ApiClient.UK);
        payments.putObject("Limitation").put("Count", 1000);
        LocalDate today = Stays.today(Stays.LONDON);
        payments.putObject("ClosedUtc").put("StartUtc", Stays.midnight(today.minusDays(60), Stays.LONDON))
                .put("EndUtc", Stays.midnight(today.plusDays(1), Stays.LONDON));
        JsonNode closed = client().operation("payments/getAll", payments).json().path("Payments");

        assertThat(closed.size()).isGreaterThan(5);
        closed.forEach(payment -> assertThat(payment.path("AccountingState").asText()).isEqualTo("Closed"));
    }

    private List<JsonNode> seeded(ApiClient.Tokens tokens) {
        ObjectNode body = ApiClient.body(tokens);
        body.putObject("Limitation").put("Count", 1000);
        Instant now = Instant.now();
        body.putObject("CreatedUtc").put("StartUtc", dev.connector.api.ApiJson.format(now.minusSeconds(90L * 86400)))
                .put("EndUtc", dev.connector.api.ApiJson.format(now.plusSeconds(60)));
        List<JsonNode> reservations = new ArrayList<>();
        client().operation("reservations/getAll/2023-06-06", body).json().path("Reservations").forEach(reservations::add);
        return reservations;
    }
}
