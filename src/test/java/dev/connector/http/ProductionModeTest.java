package dev.connector.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.app.Config;
import dev.connector.testing.ApiClient;
import dev.connector.testing.BothStoresTest;
import org.junit.jupiter.api.Test;

class ProductionModeTest extends BothStoresTest {

    @Override
    protected Config configure(Config defaults) {
        return defaults.withSandbox(false);
    }

    @Test
    void errors_carry_no_details_in_production() {
        ObjectNode badCount = ApiClient.body(ApiClient.UK);
        badCount.putObject("Limitation").put("Count", "ten");
        ObjectNode badCursor = ApiClient.body(ApiClient.UK);
        badCursor.putObject("Limitation").put("Count", 1).put("Cursor", "abc");

        for (ObjectNode body : java.util.List.of(badCount, badCursor)) {
            JsonNode error = ApiConventionsTest.assertError(client().operation("enterprises/getAll", body), 400);
            assertThat(error.get("Details").isNull()).isTrue();
        }
        JsonNode notJson = ApiConventionsTest.assertError(
                client().send("POST", "/api/connector/v1/countries/getAll", "{oops", java.util.Map.of()), 400);
        assertThat(notJson.get("Details").isNull()).isTrue();
    }
}
