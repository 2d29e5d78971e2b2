package dev.connector.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FaultRulesAdminTest extends FaultsTest {

    private ApiResponse post(ObjectNode rule) {
        return client().admin("POST", FAULTS, rule);
    }

    private static String message(ApiResponse response) {
        return response.json().get("Message").asText();
    }

    @Test
    void a_rule_is_added_listed_with_what_is_left_and_removed() {
        ObjectNode request = rule("Api", "Status").put("Status", 503).put("Count", 3)
                .put("Operation", "configuration/get").put("EnterpriseId", UK.toString())
                .put("ApplicationId", DEMO_APPLICATION.toString());

        JsonNode created = add(request);

        assertThat(UUID.fromString(created.get("Id").asText())).isNotNull();
        assertThat(created.get("Target").asText()).isEqualTo("Api");
        assertThat(created.get("Fault").asText()).isEqualTo("Status");
        assertThat(created.get("Status").asInt()).isEqualTo(503);
        assertThat(created.get("Count").asInt()).isEqualTo(3);
        assertThat(created.get("Remaining").asInt()).isEqualTo(3);
        assertThat(created.get("Operation").asText()).isEqualTo("configuration/get");
        assertThat(created.get("ApplicationId").asText()).isEqualTo(DEMO_APPLICATION.toString());
        assertThat(rules()).extracting(rule -> rule.get("Id").asText()).containsExactly(created.get("Id").asText());

        ApiResponse removed = client().admin("DELETE", FAULTS + "/" + created.get("Id").asText(), null);
        assertThat(removed.status()).isEqualTo(204);
        assertThat(rules()).isEmpty();
        assertThat(client().admin("DELETE", FAULTS + "/" + created.get("Id").asText(), null).status()).isEqualTo(404);
    }

    @Test
    void count_and_probability_together_are_refused_naming_both() {
        ApiResponse response = post(rule("Webhook", "Drop").put("Count", 1).put("Probability", 0.5));

        assertThat(response.status()).isEqualTo(400);
        assertThat(message(response)).contains("Count").contains("Probability");
        assertThat(rules()).isEmpty();
    }

    @Test
    void a_fault_the_target_does_not_know_is_refused_listing_the_allowed_ones() {
        ApiResponse response = post(rule("Webhook", "Status").put("Status", 500));

        assertThat(response.status()).isEqualTo(400);
        assertThat(message(response)).contains("Status").contains("Webhook")
                .contains("Delay").contains("Timeout").contains("Duplicate").contains("Drop").contains("Reorder");
        assertThat(message(post(rule("WebSocket", "Drop")))).contains("Disconnect");
        assertThat(message(post(rule("Api", "Disconnect")))).contains("Status").contains("Delay");
    }

    @Test
    void each_invalid_field_gets_a_400_naming_it() {
        Map<String, ObjectNode> invalid = Map.of(
                "Target", rule("Mail", "Drop"),
                "Fault", rule("Webhook", "Explode"),
                "Status", rule("Api", "Status").put("Status", 418),
                "DelayMs", rule("Webhook", "Delay"),
                "Count", rule("Webhook", "Drop").put("Count", 0),
                "Probability", rule("Webhook", "Drop").put("Probability", 1.5),
                "Operation", rule("Api", "Status").put("Status", 500).put("Operation", "nothing/here"),
                "ApplicationId", rule("Webhook", "Drop").put("ApplicationId", UUID.randomUUID().toString()),
                "EnterpriseId", rule("Webhook", "Drop").put("EnterpriseId", UUID.randomUUID().toString()));
        invalid.forEach((field, body) -> {
            ApiResponse response = post(body);
            assertThat(response.status()).as(field + ": " + response.raw()).isEqualTo(400);
            assertThat(message(response)).as(field).contains(field);
        });
        ApiResponse operationOnWebhooks = post(rule("Webhook", "Drop").put("Operation", "configuration/get"));
        assertThat(operationOnWebhooks.status()).isEqualTo(400);
        assertThat(message(operationOnWebhooks)).contains("Operation");
        ApiResponse missingTarget = post(rule("Api", "Delay").put("DelayMs", 10).without("Target"));
        assertThat(missingTarget.status()).isEqualTo(400);
        assertThat(message(missingTarget)).contains("Target");
        assertThat(rules()).isEmpty();
    }

    @Test
    void the_admin_token_is_required() {
        ApiResponse response = client().send("POST", FAULTS, rule("Webhook", "Drop").toString(), Map.of());

        assertThat(response.status()).isEqualTo(401);
        assertThat(client().send("GET", FAULTS, null, Map.of("Authorization", "Bearer wrong")).status()).isEqualTo(401);
        assertThat(rules()).isEmpty();
    }

    @Test
    void a_sandbox_reset_removes_every_rule_and_they_no_longer_apply() {
        add(rule("Api", "Status").put("Status", 500).put("Operation", "configuration/get"));
        add(rule("Webhook", "Drop"));
        assertThat(client().operation("configuration/get", ApiClient.body(ApiClient.UK)).status()).isEqualTo(500);

        assertThat(client().admin("POST", "/admin/v1/sandbox/reset", null).status()).isEqualTo(200);

        assertThat(rules()).isEmpty();
        assertThat(client().operation("configuration/get", ApiClient.body(ApiClient.UK)).status()).isEqualTo(200);
    }
}
