package dev.connector.reservations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AvailabilityTest extends BothStoresTest {

    @Test
    void a_booking_takes_one_unit_on_each_of_its_nights_and_not_on_the_departure_day() {
        LocalDate arrival = Stays.today(Stays.LONDON).plusDays(200);
        UUID category = Stays.category(Stays.UK, "junior-suite");
        List<Integer> before = available(arrival, 3, category);

        ApiResponse added = client().operation("reservations/add", Stays.add(ApiClient.UK, Stays.UK, Stays.LONDON,
                arrival, 2, "junior-suite", Stays.guest(Stays.UK), null));
        assertThat(added.status()).as(added.raw()).isEqualTo(200);

        assertThat(available(arrival, 3, category))
                .containsExactly(before.get(0) - 1, before.get(1) - 1, before.get(2));
    }

    @Test
    void an_adjustment_is_added_to_the_availability_and_an_empty_update_value_removes_it() {
        LocalDate night = Stays.today(Stays.LONDON).plusDays(210);
        UUID category = Stays.category(Stays.UK, "deluxe-king");
        int before = available(night, 1, category).get(0);

        assertThat(adjust(night, category, -3).status()).isEqualTo(200);
        assertThat(available(night, 1, category)).containsExactly(before - 3);
        ObjectNode remove = ApiClient.body(ApiClient.UK);
        remove.put("ServiceId", Stays.service(Stays.UK).toString());
        remove.putArray("AvailabilityUpdates").addObject()
                .put("FirstTimeUnitStartUtc", Stays.midnight(night, Stays.LONDON))
                .put("LastTimeUnitStartUtc", Stays.midnight(night, Stays.LONDON))
                .put("ResourceCategoryId", category.toString())
                .putObject("UnitCountAdjustment");
        assertThat(client().operation("services/updateAvailability", remove).status()).isEqualTo(200);

        assertThat(available(night, 1, category)).containsExactly(before);
    }

    @Test
    void time_units_must_start_at_local_midnight_and_past_days_cannot_be_adjusted() {
        ObjectNode get = ApiClient.body(ApiClient.UK);
        get.put("ServiceId", Stays.service(Stays.UK).toString());
        LocalDate day = Stays.today(Stays.LONDON).plusDays(5);
        get.put("FirstTimeUnitStartUtc", Stays.arrival(day, Stays.LONDON));
        get.put("LastTimeUnitStartUtc", Stays.midnight(day.plusDays(1), Stays.LONDON));
        ApiResponse notMidnight = client().operation("services/getAvailability", get);
        assertThat(notMidnight.status()).isEqualTo(400);
        assertThat(notMidnight.json().path("Message").asText()).contains("FirstTimeUnitStartUtc");

        ApiResponse past = adjust(Stays.today(Stays.LONDON).minusDays(2), Stays.category(Stays.UK, "junior-suite"), 1);
        assertThat(past.status()).isEqualTo(403);
    }

    @Test
    void a_service_of_another_hotel_is_not_found_for_a_hotel_token() {
        ObjectNode get = ApiClient.body(ApiClient.UK);
        get.put("ServiceId", Stays.service(Stays.US).toString());
        get.put("FirstTimeUnitStartUtc", Stays.midnight(Stays.today(Stays.NEW_YORK).plusDays(1), Stays.NEW_YORK));
        get.put("LastTimeUnitStartUtc", Stays.midnight(Stays.today(Stays.NEW_YORK).plusDays(1), Stays.NEW_YORK));

        assertThat(client().operation("services/getAvailability", get).status()).isEqualTo(400);
    }

    private ApiResponse adjust(LocalDate night, UUID category, int units) {
        ObjectNode update = ApiClient.body(ApiClient.UK);
        update.put("ServiceId", Stays.service(Stays.UK).toString());
        update.putArray("AvailabilityUpdates").addObject()
                .put("FirstTimeUnitStartUtc", Stays.midnight(night, Stays.LONDON))
                .put("LastTimeUnitStartUtc", Stays.midnight(night, Stays.LONDON))
                .put("ResourceCategoryId", category.toString())
                .putObject("UnitCountAdjustment").put("Value", units);
        return client().operation("services/updateAvailability", update);
    }

    private List<Integer> available(LocalDate first, int nights, UUID category) {
        ObjectNode get = ApiClient.body(ApiClient.UK);
        get.put("ServiceId", Stays.service(Stays.UK).toString());
        get.put("FirstTimeUnitStartUtc", Stays.midnight(first, Stays.LONDON));
        get.put("LastTimeUnitStartUtc", Stays.midnight(first.plusDays(nights - 1), Stays.LONDON));
        ApiResponse response = client().operation("services/getAvailability", get);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        for (JsonNode availability : response.json().path("CategoryAvailabilities")) {
            if (availability.path("CategoryId").asText().equals(category.toString())) {
                List<Integer> values = new ArrayList<>();
                availability.path("Availabilities").forEach(value -> values.add(value.asInt()));
                return values;
            }
        }
        throw new AssertionError("No availability for " + category);
    }
}
