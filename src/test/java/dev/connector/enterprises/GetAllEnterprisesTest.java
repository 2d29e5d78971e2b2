package dev.connector.enterprises;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.demo.DemoData;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import dev.connector.testing.SpecContract;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GetAllEnterprisesTest extends BothStoresTest {

    private static ObjectNode request(ApiClient.Tokens tokens, int count) {
        ObjectNode body = ApiClient.body(tokens);
        body.putObject("Limitation").put("Count", count);
        return body;
    }

    private ApiResponse getAll(ObjectNode body) {
        ApiResponse response = client().operation("enterprises/getAll", body);
        if (response.status() == 200) {
            SpecContract.assertValidResponse("enterprises/getAll", response.json());
        }
        return response;
    }

    private static List<String> ids(ApiResponse response) {
        List<String> ids = new java.util.ArrayList<>();
        response.json().get("Enterprises").forEach(enterprise -> ids.add(enterprise.get("Id").asText()));
        return ids;
    }

    private static ObjectNode interval(ObjectNode body, String field, Instant start, Instant end) {
        body.putObject(field).put("StartUtc", start.toString()).put("EndUtc", end.toString());
        return body;
    }

    @Test
    void a_single_token_sees_only_its_own_enterprise() {
        ApiResponse response = getAll(request(ApiClient.US, 10));

        assertThat(response.status()).isEqualTo(200);
        assertThat(ids(response)).containsExactly(DemoData.US_ENTERPRISE_ID.toString());
        JsonNode enterprise = response.json().get("Enterprises").get(0);
        assertThat(enterprise.get("Pricing").asText()).isEqualTo("Net");
        assertThat(enterprise.get("LinkedUtc").asText()).isNotBlank();
        assertThat(enterprise.has("Currencies")).as("not part of the portfolio shape").isFalse();
        assertThat(response.json().get("Cursor").asText()).isEqualTo(DemoData.US_ENTERPRISE_ID.toString());
    }

    @Test
    void a_portfolio_token_pages_through_all_its_enterprises() {
        ApiResponse first = getAll(request(ApiClient.PORTFOLIO, 1));
        ObjectNode next = request(ApiClient.PORTFOLIO, 1);
        ((ObjectNode) next.get("Limitation")).put("Cursor", first.json().get("Cursor").asText());
        ApiResponse second = getAll(next);
        ObjectNode last = request(ApiClient.PORTFOLIO, 1);
        ((ObjectNode) last.get("Limitation")).put("Cursor", second.json().get("Cursor").asText());
        ApiResponse third = getAll(last);

        assertThat(ids(first)).containsExactly(DemoData.UK_ENTERPRISE_ID.toString());
        assertThat(ids(second)).containsExactly(DemoData.US_ENTERPRISE_ID.toString());
        assertThat(ids(third)).isEmpty();
        assertThat(third.json().get("Cursor").isNull()).isTrue();
    }

    @Test
    void enterprise_ids_and_external_identifiers_narrow_the_result() {
        ObjectNode byId = request(ApiClient.PORTFOLIO, 10);
        byId.putArray("EnterpriseIds").add(DemoData.US_ENTERPRISE_ID.toString());
        ObjectNode byExternal = request(ApiClient.PORTFOLIO, 10);
        byExternal.putArray("ExternalIdentifiers").add("DEMO-UK").add("SOMETHING-ELSE");

        assertThat(ids(getAll(byId))).containsExactly(DemoData.US_ENTERPRISE_ID.toString());
        assertThat(ids(getAll(byExternal))).containsExactly(DemoData.UK_ENTERPRISE_ID.toString());
    }

    @Test
    void an_enterprise_outside_the_token_is_refused() {
        ObjectNode body = request(ApiClient.UK, 10);
        body.putArray("EnterpriseIds").add(DemoData.US_ENTERPRISE_ID.toString());

        ApiResponse response = getAll(body);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("Message").asText()).contains(DemoData.US_ENTERPRISE_ID.toString());
    }

    @Test
    void updated_and_linked_intervals_filter_by_time() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ObjectNode recent = interval(request(ApiClient.PORTFOLIO, 10), "UpdatedUtc", now.minus(1, ChronoUnit.DAYS),
                now.plus(1, ChronoUnit.DAYS));
        ObjectNode old = interval(request(ApiClient.PORTFOLIO, 10), "UpdatedUtc", now.minus(60, ChronoUnit.DAYS),
                now.minus(30, ChronoUnit.DAYS));
        ObjectNode linkedRecently = interval(request(ApiClient.PORTFOLIO, 10), "LinkedUtc",
                now.minus(1, ChronoUnit.DAYS), now.plus(1, ChronoUnit.DAYS));
        ObjectNode linkedLongAgo = interval(request(ApiClient.PORTFOLIO, 10), "LinkedUtc",
                now.minus(60, ChronoUnit.DAYS), now.minus(30, ChronoUnit.DAYS));

        assertThat(ids(getAll(recent))).hasSize(2);
        assertThat(ids(getAll(old))).isEmpty();
        assertThat(ids(getAll(linkedRecently))).hasSize(2);
        assertThat(ids(getAll(linkedLongAgo))).isEmpty();
    }

    @Test
    void empty_filter_lists_and_null_items_are_client_errors_naming_the_field() {
        ObjectNode empty = request(ApiClient.PORTFOLIO, 10);
        empty.putArray("EnterpriseIds");
        ObjectNode nullItem = request(ApiClient.PORTFOLIO, 10);
        nullItem.putArray("ExternalIdentifiers").add("DEMO-UK").addNull();
        ObjectNode tooMany = request(ApiClient.PORTFOLIO, 10);
        var ids = tooMany.putArray("EnterpriseIds");
        for (int i = 0; i < 1001; i++) {
            ids.add(UUID.randomUUID().toString());
        }

        assertThat(getAll(empty).json().get("Message").asText()).contains("EnterpriseIds");
        assertThat(getAll(nullItem).json().get("Message").asText()).contains("ExternalIdentifiers[1]");
        ApiResponse tooManyResponse = getAll(tooMany);
        assertThat(tooManyResponse.status()).isEqualTo(400);
        assertThat(tooManyResponse.json().get("Message").asText()).contains("EnterpriseIds");
    }
}
