package dev.connector.services;

import static dev.connector.services.CatalogueTesting.UK;
import static dev.connector.services.CatalogueTesting.US;
import static dev.connector.services.CatalogueTesting.ids;
import static dev.connector.services.CatalogueTesting.stayService;
import static dev.connector.testing.ApiClient.limited;
import static dev.connector.testing.Items.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.demo.DemoIds;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import dev.connector.testing.SpecContract;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ServicesApiTest extends BothStoresTest {

    private ApiResponse call(String operation, ObjectNode body) {
        return client().operation(operation, body);
    }

    @Test
    void services_getAll_returns_the_stay_and_restaurant_services_of_the_token_s_hotel() {
        ApiResponse response = call("services/getAll", limited(ApiClient.UK, 10));

        assertThat(response.status()).isEqualTo(200);
        SpecContract.assertValidResponse("services/getAll", response.json());
        JsonNode services = response.json().get("Services");
        assertThat(texts(services, "Id")).containsExactly(stayService(UK).toString(), restaurant("uk").toString());
        JsonNode stay = services.get(0);
        assertThat(stay.get("EnterpriseId").asText()).isEqualTo(UK.toString());
        assertThat(stay.at("/Data/Discriminator").asText()).isEqualTo("Bookable");
        assertThat(stay.at("/Data/Value/StartOffset").asText()).isEqualTo("P0M0DT15H0M0S");
        assertThat(stay.at("/Data/Value/EndOffset").asText()).isEqualTo("P0M0DT11H0M0S");
        assertThat(services.get(1).at("/Data/Discriminator").asText()).isEqualTo("Additional");
        assertThat(response.json().get("Cursor").asText()).isEqualTo(restaurant("uk").toString());
    }

    @Test
    void portfolio_token_sees_both_hotels_and_can_narrow_to_one() {
        ApiResponse both = call("services/getAll", limited(ApiClient.PORTFOLIO, 10));
        ObjectNode narrowed = limited(ApiClient.PORTFOLIO, 10);
        ids(narrowed, "EnterpriseIds", US);
        ApiResponse us = call("services/getAll", narrowed);

        SpecContract.assertValidResponse("services/getAll", both.json());
        assertThat(texts(both.json().get("Services"), "Id"))
                .containsExactlyInAnyOrder(stayService(UK).toString(), stayService(US).toString(),
                        restaurant("uk").toString(), restaurant("us").toString());
        assertThat(texts(us.json().get("Services"), "Id"))
                .containsExactly(stayService(US).toString(), restaurant("us").toString());
    }

    @Test
    void naming_another_hotel_is_forbidden() {
        ObjectNode body = limited(ApiClient.UK, 10);
        ids(body, "EnterpriseIds", US);

        ApiResponse response = call("services/getAll", body);

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void services_of_another_hotel_are_not_returned_by_id() {
        ObjectNode body = limited(ApiClient.UK, 10);
        ids(body, "ServiceIds", stayService(US));

        ApiResponse response = call("services/getAll", body);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("Services")).isEmpty();
        SpecContract.assertValidResponse("services/getAll", response.json());
    }

    @Test
    void pages_follow_the_cursor() {
        ApiResponse first = call("services/getAll", limited(ApiClient.PORTFOLIO, 2));
        ObjectNode next = limited(ApiClient.PORTFOLIO, 2);
        ((ObjectNode) next.get("Limitation")).put("Cursor", first.json().get("Cursor").asText());
        ApiResponse second = call("services/getAll", next);
        ((ObjectNode) next.get("Limitation")).put("Cursor", second.json().get("Cursor").asText());
        ApiResponse third = call("services/getAll", next);

        assertThat(first.json().get("Services")).hasSize(2);
        assertThat(second.json().get("Services")).hasSize(2);
        assertThat(texts(second.json().get("Services"), "Id"))
                .doesNotContainAnyElementsOf(texts(first.json().get("Services"), "Id"));
        assertThat(third.json().get("Services")).isEmpty();
        assertThat(third.json().get("Cursor").isNull()).isTrue();
        SpecContract.assertValidResponse("services/getAll", third.json());
    }

    @Test
    void malformed_requests_get_400() {
        ObjectNode noLimitation = ApiClient.body(ApiClient.UK);
        ObjectNode badId = limited(ApiClient.UK, 10);
        badId.putArray("ServiceIds").add("not-a-guid");
        ObjectNode longInterval = limited(ApiClient.UK, 10);
        longInterval.putObject("UpdatedUtc").put("StartUtc", "2025-01-01T00:00:00Z").put("EndUtc", "2025-12-01T00:00:00Z");

        assertThat(call("services/getAll", noLimitation).status()).isEqualTo(400);
        assertThat(call("services/getAll", badId).status()).isEqualTo(400);
        assertThat(call("services/getAll", longInterval).status()).isEqualTo(400);
    }

    @Test
    void updated_utc_filter_finds_services_changed_in_the_interval() {
        ObjectNode body = limited(ApiClient.UK, 10);
        Instant now = Instant.now();
        body.putObject("UpdatedUtc").put("StartUtc", now.minus(1, ChronoUnit.DAYS).toString())
                .put("EndUtc", now.plus(1, ChronoUnit.DAYS).toString());
        ObjectNode before = limited(ApiClient.UK, 10);
        before.putObject("UpdatedUtc").put("StartUtc", now.minus(30, ChronoUnit.DAYS).toString())
                .put("EndUtc", now.minus(20, ChronoUnit.DAYS).toString());

        assertThat(call("services/getAll", body).json().get("Services")).hasSize(2);
        assertThat(call("services/getAll", before).json().get("Services")).isEmpty();
    }

    @Test
    void age_categories_are_adult_and_child_of_the_stay_service() {
        ApiResponse response = call("ageCategories/getAll", limited(ApiClient.US, 10));

        assertThat(response.status()).isEqualTo(200);
        SpecContract.assertValidResponse("ageCategories/getAll", response.json());
        JsonNode categories = response.json().get("AgeCategories");
        assertThat(texts(categories, "Classification")).containsExactly("Adult", "Child");
        assertThat(texts(categories, "ServiceId")).containsOnly(stayService(US).toString());
    }

    @Test
    void age_categories_filter_by_activity_state() {
        ObjectNode deleted = limited(ApiClient.UK, 10);
        deleted.putArray("ActivityStates").add("Deleted");

        ApiResponse response = call("ageCategories/getAll", deleted);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("AgeCategories")).isEmpty();
    }

    @Test
    void products_of_the_stay_service_are_priced_in_the_hotel_s_currency() {
        ObjectNode uk = limited(ApiClient.UK, 10);
        ids(uk, "ServiceIds", stayService(UK));
        ObjectNode us = limited(ApiClient.US, 10);
        ids(us, "ServiceIds", stayService(US));

        ApiResponse ukProducts = call("products/getAll", uk);
        ApiResponse usProducts = call("products/getAll", us);

        SpecContract.assertValidResponse("products/getAll", ukProducts.json());
        SpecContract.assertValidResponse("products/getAll", usProducts.json());
        assertThat(texts(ukProducts.json().get("Products"), "Name")).contains("Breakfast", "Parking");
        JsonNode breakfast = ukProducts.json().at("/Products/0/Price");
        assertThat(breakfast.get("Currency").asText()).isEqualTo("GBP");
        assertThat(breakfast.get("GrossValue").decimalValue()).isEqualByComparingTo("15");
        JsonNode usBreakfast = usProducts.json().at("/Products/0/Price");
        assertThat(usBreakfast.get("Currency").asText()).isEqualTo("USD");
        assertThat(usBreakfast.get("NetValue").decimalValue()).isEqualByComparingTo("19");
        assertThat(ukProducts.json().get("CustomerProducts")).isEmpty();
    }

    @Test
    void products_of_another_hotel_s_service_are_not_returned() {
        ObjectNode body = limited(ApiClient.UK, 10);
        ids(body, "ServiceIds", stayService(US));

        ApiResponse response = call("products/getAll", body);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("Products")).isEmpty();
    }

    @Test
    void products_require_service_ids() {
        assertThat(call("products/getAll", limited(ApiClient.UK, 10)).status()).isEqualTo(400);
    }

    /** The demo hotel's restaurant, an additional service the point-of-sale demo data adds. */
    private static UUID restaurant(String hotel) {
        return DemoIds.of(hotel + "/service/restaurant");
    }
}
