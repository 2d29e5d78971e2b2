package dev.connector.rates;

import static dev.connector.services.CatalogueTesting.UK;
import static dev.connector.services.CatalogueTesting.category;
import static dev.connector.services.CatalogueTesting.ids;
import static dev.connector.services.CatalogueTesting.nonRefundableRate;
import static dev.connector.services.CatalogueTesting.stayService;
import static dev.connector.testing.ApiClient.limited;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.demo.DemoCredentials;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import dev.connector.testing.SpecContract;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RestrictionSetClearTest extends BothStoresTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ApiClient.Tokens OTHER_INTEGRATION = new ApiClient.Tokens(
            DemoCredentials.APPLICATIONS.get(1).clientToken(), DemoCredentials.APPLICATIONS.get(1).ukAccessToken());

    /** Day n of the test's month: far enough ahead not to meet the demo restrictions. */
    private static LocalDate day(int n) {
        return LocalDate.of(2031, 3, n);
    }

    private static String midnight(LocalDate day) {
        return day.atStartOfDay(LONDON).toInstant().toString();
    }

    private ApiResponse call(String operation, ObjectNode body) {
        ApiResponse response = client().operation(operation, body);
        return response;
    }

    /** One restriction item: Start restrictions on the non-refundable rate's given category, every day. */
    private static ObjectNode item(ObjectNode body, String categoryKey, int first, int last) {
        body.put("ServiceId", stayService(UK).toString());
        ObjectNode data = body.withArray("Data").addObject();
        data.put("Type", "Start")
                .put("ExactRateId", nonRefundableRate(UK).toString())
                .put("ResourceCategoryId", category(UK, categoryKey).toString())
                .put("StartUtc", midnight(day(first)))
                .put("EndUtc", midnight(day(last)));
        ObjectNode days = data.putObject("Days");
        for (String name : List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")) {
            days.put(name, true);
        }
        return data;
    }

    private void set(ApiClient.Tokens tokens, String categoryKey, int first, int last, String minLength) {
        ObjectNode body = ApiClient.body(tokens);
        ObjectNode data = item(body, categoryKey, first, last);
        if (minLength != null) {
            data.put("MinLength", minLength);
        }
        ApiResponse response = call("restrictions/set", body);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        SpecContract.assertValidResponse("restrictions/set", response.json());
    }

    private void clear(ApiClient.Tokens tokens, String categoryKey, int first, int last) {
        ObjectNode body = ApiClient.body(tokens);
        item(body, categoryKey, first, last);
        ApiResponse response = call("restrictions/clear", body);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        SpecContract.assertValidResponse("restrictions/clear", response.json());
    }

    /** The restrictions on the category under the non-refundable rate as "first-last/MinLength", by start. */
    private List<String> intervals(String categoryKey) {
        ObjectNode body = limited(ApiClient.UK, 1000);
        ids(body, "ServiceIds", stayService(UK));
        ids(body, "ExactRateIds", nonRefundableRate(UK));
        ids(body, "ResourceCategoryIds", category(UK, categoryKey));
        ApiResponse response = call("restrictions/getAll", body);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        SpecContract.assertValidResponse("restrictions/getAll", response.json());
        List<String> intervals = new ArrayList<>();
        for (JsonNode restriction : response.json().get("Restrictions")) {
            JsonNode conditions = restriction.get("Conditions");
            int first = java.time.Instant.parse(conditions.get("StartUtc").asText()).atZone(LONDON).getDayOfMonth();
            int last = java.time.Instant.parse(conditions.get("EndUtc").asText()).atZone(LONDON).getDayOfMonth();
            JsonNode minLength = restriction.at("/Exceptions/MinLength");
            intervals.add(first + "-" + last + (minLength.isMissingNode() || minLength.isNull() ? "" : "/"
                    + minLength.asText()));
        }
        intervals.sort(java.util.Comparator.comparingInt(text -> Integer.parseInt(text.split("-")[0])));
        return intervals;
    }

    private List<String> restrictionIds(String categoryKey) {
        ObjectNode body = limited(ApiClient.UK, 1000);
        ids(body, "ServiceIds", stayService(UK));
        ids(body, "ResourceCategoryIds", category(UK, categoryKey));
        List<String> ids = new ArrayList<>();
        call("restrictions/getAll", body).json().get("Restrictions").forEach(r -> ids.add(r.get("Id").asText()));
        return ids;
    }

    @Test
    void set_merges_splits_around_other_exceptions_and_clear_splices_only_the_callers_restrictions() {
        set(OTHER_INTEGRATION, "junior-suite", 1, 15, null);
        List<String> othersBefore = restrictionIds("junior-suite");

        set(ApiClient.UK, "junior-suite", 1, 10, null);
        set(ApiClient.UK, "junior-suite", 8, 15, null);
        assertThat(intervals("junior-suite")).containsExactly("1-15", "1-15");

        set(ApiClient.UK, "junior-suite", 5, 6, "P0M2DT0H0M0S");
        assertThat(intervals("junior-suite")).containsExactly("1-15", "1-4", "5-6/P0M2DT0H0M0S", "7-15");

        clear(ApiClient.UK, "junior-suite", 3, 12);
        assertThat(intervals("junior-suite")).containsExactly("1-15", "1-2", "13-15");
        assertThat(restrictionIds("junior-suite")).containsAll(othersBefore);
    }

    @Test
    void a_shorter_interval_with_the_same_exceptions_changes_nothing_and_adjacent_ones_join() {
        set(ApiClient.UK, "deluxe-king", 10, 20, null);
        List<String> before = restrictionIds("deluxe-king");

        set(ApiClient.UK, "deluxe-king", 12, 14, null);
        assertThat(restrictionIds("deluxe-king")).isEqualTo(before);

        set(ApiClient.UK, "deluxe-king", 21, 25, null);
        assertThat(intervals("deluxe-king")).containsExactly("10-25");
        clear(ApiClient.UK, "deluxe-king", 1, 31);
        assertThat(intervals("deluxe-king")).isEmpty();
    }

    @Test
    void clear_needs_the_exact_conditions() {
        set(ApiClient.UK, "standard-double", 1, 5, null);
        ObjectNode body = ApiClient.body(ApiClient.UK);
        ObjectNode data = item(body, "standard-double", 1, 5);
        data.remove("ExactRateId");

        assertThat(call("restrictions/clear", body).status()).isEqualTo(200);
        assertThat(intervals("standard-double")).containsExactly("1-5");
        clear(ApiClient.UK, "standard-double", 1, 5);
    }

    @Test
    void only_the_creator_deletes_a_restriction() {
        set(OTHER_INTEGRATION, "standard-double", 20, 22, null);
        String theirs = restrictionIds("standard-double").get(0);
        ObjectNode refused = ApiClient.body(ApiClient.UK);
        refused.putArray("RestrictionIds").add(theirs);
        ObjectNode deleted = ApiClient.body(OTHER_INTEGRATION);
        deleted.putArray("RestrictionIds").add(theirs);

        ApiResponse forbidden = call("restrictions/delete", refused);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json().get("Message").asText()).contains("another integration");
        ApiResponse ok = call("restrictions/delete", deleted);

        assertThat(ok.status()).isEqualTo(200);
        SpecContract.assertValidResponse("restrictions/delete", ok.json());
        assertThat(restrictionIds("standard-double")).doesNotContain(theirs);
    }

    @Test
    void conflicting_conditions_are_bad_requests() {
        ObjectNode twoRates = ApiClient.body(ApiClient.UK);
        item(twoRates, "standard-double", 1, 2).put("BaseRateId", UUID.randomUUID().toString());
        ObjectNode categoryAndType = ApiClient.body(ApiClient.UK);
        item(categoryAndType, "standard-double", 1, 2).put("ResourceCategoryType", "Room");
        ObjectNode noDays = ApiClient.body(ApiClient.UK);
        item(noDays, "standard-double", 1, 2).remove("Days");
        ObjectNode reversed = ApiClient.body(ApiClient.UK);
        item(reversed, "standard-double", 5, 2);

        assertThat(call("restrictions/set", twoRates).json().get("Message").asText()).contains("at most one");
        assertThat(call("restrictions/set", categoryAndType).status()).isEqualTo(400);
        assertThat(call("restrictions/clear", noDays).json().get("Message").asText()).contains("Days");
        assertThat(call("restrictions/set", reversed).status()).isEqualTo(400);
    }
}
