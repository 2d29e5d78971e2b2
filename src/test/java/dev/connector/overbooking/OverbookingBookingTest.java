package dev.connector.overbooking;

import static dev.connector.services.CatalogueTesting.UK;
import static dev.connector.services.CatalogueTesting.baseRate;
import static dev.connector.services.CatalogueTesting.category;
import static dev.connector.services.CatalogueTesting.id;
import static dev.connector.services.CatalogueTesting.stayService;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.api.ApiJson;
import dev.connector.demo.DemoIds;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import dev.connector.testing.SpecContract;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Service overbooking limits let reservations/add sell units beyond a full category, on their nights only. */
class OverbookingBookingTest extends BothStoresTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void a_limit_lets_a_full_category_take_that_many_more_bookings_until_it_is_cleared() {
        LocalDate night = LocalDate.now(LONDON).plusDays(250);
        UUID category = category(UK, "deluxe-king");
        leaveOneUnit(night, category);
        assertThat(book(night, category, 1).status()).isEqualTo(200);
        ApiResponse full = book(night, category, 1);
        assertThat(full.status()).as(full.raw()).isEqualTo(403);

        setLimit(night, 1);
        ApiResponse overbooked = book(night, category, 1);
        assertThat(overbooked.status()).as(overbooked.raw()).isEqualTo(200);
        SpecContract.assertValidResponse("reservations/add", overbooked.json());
        ApiResponse beyondLimit = book(night, category, 1);
        assertThat(beyondLimit.status()).as(beyondLimit.raw()).isEqualTo(403);
        assertThat(beyondLimit.json().path("Message").asText()).contains("overbooking limit of 1");
        assertThat(availableOn(night, category)).isEqualTo(-1);

        ObjectNode clear = ApiClient.body(ApiClient.UK);
        clear.put("ServiceId", stayService(UK).toString());
        clear.putArray("ClearServiceOverbookingLimits").addObject()
                .put("FirstTimeUnitStartUtc", midnight(night))
                .put("LastTimeUnitStartUtc", midnight(night));
        ok("serviceOverbookingLimits/clear", clear);
        ApiResponse cleared = book(night, category, 1);
        assertThat(cleared.status()).as(cleared.raw()).isEqualTo(403);
    }

    @Test
    void a_limit_covers_only_its_own_nights() {
        LocalDate night = LocalDate.now(LONDON).plusDays(260);
        UUID category = category(UK, "junior-suite");
        leaveOneUnit(night, category);
        leaveOneUnit(night.plusDays(1), category);
        assertThat(book(night, category, 2).status()).isEqualTo(200);

        setLimit(night, 3);
        ApiResponse secondNightFull = book(night, category, 2);
        assertThat(secondNightFull.status()).as(secondNightFull.raw()).isEqualTo(403);
        assertThat(secondNightFull.json().path("Message").asText()).contains(night.plusDays(1).toString());
        assertThat(book(night, category, 1).status()).isEqualTo(200);
    }

    @Test
    void the_limit_is_shared_by_all_categories_of_the_service() {
        LocalDate night = LocalDate.now(LONDON).plusDays(270);
        UUID suite = category(UK, "junior-suite");
        UUID king = category(UK, "deluxe-king");
        leaveOneUnit(night, suite);
        leaveOneUnit(night, king);
        assertThat(book(night, suite, 1).status()).isEqualTo(200);
        assertThat(book(night, king, 1).status()).isEqualTo(200);

        setLimit(night, 1);
        ApiResponse suiteOverbooked = book(night, suite, 1);
        assertThat(suiteOverbooked.status()).as(suiteOverbooked.raw()).isEqualTo(200);
        ApiResponse kingOverbooked = book(night, king, 1);
        assertThat(kingOverbooked.status()).as(kingOverbooked.raw()).isEqualTo(403);
    }

    @Test
    void a_stay_moved_onto_a_full_night_fits_within_the_limit() {
        LocalDate night = LocalDate.now(LONDON).plusDays(280);
        UUID category = category(UK, "deluxe-king");
        leaveOneUnit(night, category);
        assertThat(book(night, category, 1).status()).isEqualTo(200);
        ApiResponse earlier = book(night.minusDays(1), category, 1);
        assertThat(earlier.status()).as(earlier.raw()).isEqualTo(200);
        String reservationId = earlier.json().path("Reservations").get(0).path("Reservation").path("Id").asText();
        ObjectNode move = ApiClient.body(ApiClient.UK);
        move.put("ReservationId", reservationId);
        move.put("StartUtc", ApiJson.format(night.atTime(LocalTime.of(15, 0)).atZone(LONDON).toInstant()));
        move.put("EndUtc", ApiJson.format(night.plusDays(1).atTime(LocalTime.of(11, 0)).atZone(LONDON).toInstant()));
        move.put("ChargeCancellationFee", false);
        ApiResponse refused = client().operation("reservations/updateInterval", move);
        assertThat(refused.status()).as(refused.raw()).isEqualTo(403);

        setLimit(night, 1);

        ok("reservations/updateInterval", move);
        assertThat(availableOn(night, category)).isEqualTo(-1);
    }

    private JsonNode ok(String operation, ObjectNode body) {
        ApiResponse response = client().operation(operation, body);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        SpecContract.assertValidResponse(operation, response.json());
        return response.json();
    }

    private static String midnight(LocalDate day) {
        return ApiJson.format(day.atStartOfDay(LONDON).toInstant());
    }

    private void setLimit(LocalDate night, int limit) {
        ObjectNode body = ApiClient.body(ApiClient.UK);
        body.put("ServiceId", stayService(UK).toString());
        body.putArray("SetServiceOverbookingLimits").addObject()
                .put("FirstTimeUnitStartUtc", midnight(night))
                .put("LastTimeUnitStartUtc", midnight(night))
                .put("Limit", limit);
        ok("serviceOverbookingLimits/set", body);
    }

    private ApiResponse book(LocalDate arrival, UUID category, int nights) {
        ObjectNode body = ApiClient.body(ApiClient.UK);
        body.put("ServiceId", stayService(UK).toString());
        ObjectNode reservation = body.putArray("Reservations").addObject();
        reservation.put("Identifier", "overbooking");
        reservation.put("StartUtc", ApiJson.format(arrival.atTime(LocalTime.of(15, 0)).atZone(LONDON).toInstant()));
        reservation.put("EndUtc", ApiJson.format(arrival.plusDays(nights).atTime(LocalTime.of(11, 0)).atZone(LONDON)
                .toInstant()));
        reservation.put("CustomerId", DemoIds.of("uk/customer/7").toString());
        reservation.put("RequestedCategoryId", category.toString());
        reservation.put("RateId", baseRate(UK).toString());
        reservation.putArray("PersonCounts").addObject()
                .put("AgeCategoryId", id(UK, "age-category/adult").toString())
                .put("Count", 1);
        return client().operation("reservations/add", body);
    }

    /** Adjusts the night's availability so that exactly one unit of the category is left. */
    private void leaveOneUnit(LocalDate night, UUID category) {
        ObjectNode update = ApiClient.body(ApiClient.UK);
        update.put("ServiceId", stayService(UK).toString());
        update.putArray("AvailabilityUpdates").addObject()
                .put("FirstTimeUnitStartUtc", midnight(night))
                .put("LastTimeUnitStartUtc", midnight(night))
                .put("ResourceCategoryId", category.toString())
                .putObject("UnitCountAdjustment").put("Value", 1 - availableOn(night, category));
        ok("services/updateAvailability", update);
        assertThat(availableOn(night, category)).isEqualTo(1);
    }

    private int availableOn(LocalDate night, UUID category) {
        ObjectNode get = ApiClient.body(ApiClient.UK);
        get.put("ServiceId", stayService(UK).toString());
        get.put("FirstTimeUnitStartUtc", midnight(night));
        get.put("LastTimeUnitStartUtc", midnight(night));
        for (JsonNode availability : ok("services/getAvailability", get).path("CategoryAvailabilities")) {
            if (availability.path("CategoryId").asText().equals(category.toString())) {
                return availability.path("Availabilities").get(0).asInt();
            }
        }
        throw new AssertionError("No availability for category " + category);
    }
}
