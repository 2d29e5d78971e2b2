package dev.connector.overbooking;

import static dev.connector.services.CatalogueTesting.UK;
import static dev.connector.services.CatalogueTesting.stayService;
import static dev.connector.testing.ApiClient.limited;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.api.ApiJson;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import dev.connector.testing.SpecContract;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverbookingLimitsTest extends BothStoresTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private JsonNode ok(String operation, ObjectNode body) {
        ApiResponse response = client().operation(operation, body);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        SpecContract.assertValidResponse(operation, response.json());
        return response.json();
    }

    private static LocalDate day(int n) {
        return LocalDate.of(2031, 5, n);
    }

    private static String midnight(LocalDate day) {
        return ApiJson.format(day.atStartOfDay(LONDON).toInstant());
    }

    private void set(int first, int last, int limit) {
        ObjectNode body = ApiClient.body(ApiClient.UK);
        body.put("ServiceId", stayService(UK).toString());
        body.putArray("SetServiceOverbookingLimits").addObject()
                .put("FirstTimeUnitStartUtc", midnight(day(first)))
                .put("LastTimeUnitStartUtc", midnight(day(last)))
                .put("Limit", limit);
        ok("serviceOverbookingLimits/set", body);
    }

    /** The active limits as "first-last:limit", by first night. */
    private List<String> limits() {
        ObjectNode body = limited(ApiClient.UK, 100);
        body.putArray("ServiceIds").add(stayService(UK).toString());
        List<String> limits = new ArrayList<>();
        for (JsonNode limit : ok("serviceOverbookingLimits/getAll", body).get("ServiceOverbookingLimits")) {
            int first = Instant.parse(limit.get("FirstTimeUnitStartUtc").asText()).atZone(LONDON).getDayOfMonth();
            int last = Instant.parse(limit.get("LastTimeUnitStartUtc").asText()).atZone(LONDON).getDayOfMonth();
            limits.add(first + "-" + last + ":" + limit.get("Limit").asInt());
        }
        limits.sort(java.util.Comparator.comparingInt(text -> Integer.parseInt(text.split("-")[0])));
        return limits;
    }

    @Test
    void set_replaces_the_nights_it_names_and_clear_removes_them() {
        set(1, 10, 2);
        set(4, 5, 5);
        assertThat(limits()).containsExactly("1-3:2", "4-5:5", "6-10:2");

        ObjectNode clear = ApiClient.body(ApiClient.UK);
        clear.put("ServiceId", stayService(UK).toString());
        clear.putArray("ClearServiceOverbookingLimits").addObject()
                .put("FirstTimeUnitStartUtc", midnight(day(3)))
                .put("LastTimeUnitStartUtc", midnight(day(8)));
        ok("serviceOverbookingLimits/clear", clear);

        assertThat(limits()).containsExactly("1-2:2", "9-10:2");
    }

    @Test
    void a_negative_limit_is_refused() {
        ObjectNode body = ApiClient.body(ApiClient.UK);
        body.put("ServiceId", stayService(UK).toString());
        body.putArray("SetServiceOverbookingLimits").addObject()
                .put("FirstTimeUnitStartUtc", midnight(day(20)))
                .put("LastTimeUnitStartUtc", midnight(day(21)))
                .put("Limit", -1);

        ApiResponse response = client().operation("serviceOverbookingLimits/set", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("Message").asText()).contains("Limit");
    }
}
