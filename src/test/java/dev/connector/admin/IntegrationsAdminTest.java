package dev.connector.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.demo.DemoCredentials;
import dev.connector.demo.DemoData;
import dev.connector.demo.DemoIds;
import dev.connector.integrations.Tokens;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IntegrationsAdminTest extends BothStoresTest {

    private static final UUID FIRST_APPLICATION = DemoIds.of("application/1");
    private static final String UK_NAME = "Connector Demo Hotel London";
    private static final String US_NAME = "Connector Demo Hotel Washington";

    private static ObjectNode integration(String name, UUID... enterpriseIds) {
        ObjectNode body = ApiClient.JSON.createObjectNode()
                .put("ApplicationId", FIRST_APPLICATION.toString())
                .put("Name", name);
        ArrayNode ids = body.putArray("EnterpriseIds");
        for (UUID id : enterpriseIds) {
            ids.add(id.toString());
        }
        return body;
    }

    private JsonNode create(String name, UUID... enterpriseIds) {
        ApiResponse response = client().admin("POST", "/admin/v1/integrations", integration(name, enterpriseIds));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.json();
    }

    private ApiResponse lifecycle(String id, String action) {
        return action.equals("delete")
                ? client().admin("DELETE", "/admin/v1/integrations/" + id, null)
                : client().admin("POST", "/admin/v1/integrations/" + id + "/" + action, null);
    }

    /** The outbox rows about one integration, oldest first: each as {Type, IntegrationId, EnterpriseId, Payload}. */
    private List<JsonNode> events(String integrationId) {
        return server.connector().database().jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT type, integration_id, enterprise_id, payload FROM events
                        WHERE entity_id = :id ORDER BY position""")
                .bind("id", integrationId)
                .map((rs, ctx) -> {
                    ObjectNode row = ApiClient.JSON.createObjectNode();
                    row.put("Type", rs.getString("type"));
                    row.put("IntegrationId", rs.getString("integration_id"));
                    row.put("EnterpriseId", rs.getString("enterprise_id"));
                    try {
                        row.set("Payload", ApiClient.JSON.readTree(rs.getString("payload")));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    return (JsonNode) row;
                })
                .list());
    }

    private JsonNode lastEvent(String integrationId) {
        List<JsonNode> events = events(integrationId);
        JsonNode last = events.get(events.size() - 1);
        assertThat(last.get("Type").asText()).isEqualTo("IntegrationChanged");
        assertThat(last.get("IntegrationId").asText()).isEqualTo(integrationId);
        assertThat(last.get("EnterpriseId").isNull()).isTrue();
        assertThat(last.get("Payload").get("ApplicationId").asText()).isEqualTo(FIRST_APPLICATION.toString());
        return last.get("Payload");
    }

    private static ObjectNode reference(JsonNode integration) {
        return ApiClient.JSON.createObjectNode()
                .put("Id", integration.get("Id").asText())
                .put("Name", integration.get("Name").asText());
    }

    /** Status of a real API Operation called with the integration's AccessToken. */
    private int operationStatus(String accessToken) {
        ApiResponse response = client().operation("configuration/get", ApiClient.body(
                new ApiClient.Tokens(DemoCredentials.APPLICATIONS.get(0).clientToken(), accessToken)));
        return response.status();
    }

    @Test
    void creating_an_integration_answers_201_with_a_new_access_token_that_works_at_once() {
        JsonNode created = create("Door locks", DemoData.UK_ENTERPRISE_ID);

        assertThat(created.get("Id").asText()).matches("[0-9a-f-]{36}");
        assertThat(created.get("ApplicationId").asText()).isEqualTo(FIRST_APPLICATION.toString());
        assertThat(created.get("Name").asText()).isEqualTo("Door locks");
        assertThat(created.get("AccessToken").asText()).matches("[0-9A-F]{32}-[0-9A-F]{31}");
        assertThat(created.get("State").asText()).isEqualTo("Enabled");
        assertThat(created.get("EnterpriseIds")).containsExactly(
                ApiClient.JSON.getNodeFactory().textNode(DemoData.UK_ENTERPRISE_ID.toString()));
        assertThat(created.get("CreatedUtc").asText()).endsWith("Z");
        assertThat(operationStatus(created.get("AccessToken").asText())).isEqualTo(200);
    }

    @Test
    void creating_emits_integration_created_with_the_data_of_the_integration_webhook() {
        JsonNode created = create("Revenue management", DemoData.UK_ENTERPRISE_ID);

        JsonNode event = lastEvent(created.get("Id").asText());

        assertThat(event.get("Action").asText()).isEqualTo("IntegrationCreated");
        ObjectNode expected = ApiClient.JSON.createObjectNode();
        expected.putObject("Enterprise").put("Id", DemoData.UK_ENTERPRISE_ID.toString()).put("Name", UK_NAME);
        expected.putNull("Service");
        expected.putNull("Requestor");
        expected.put("AccessToken", created.get("AccessToken").asText());
        expected.put("CreatedUtc", created.get("CreatedUtc").asText());
        expected.put("IsEnabled", true);
        expected.set("Integration", reference(created));
        assertThat(event.get("Data")).isEqualTo(expected);
    }

    @Test
    void a_portfolio_integration_names_its_first_enterprise_and_may_carry_service_and_requestor() {
        UUID serviceId = UUID.randomUUID();
        server.connector().database().jdbi().useHandle(handle -> handle.createUpdate("""
                        INSERT INTO services (id, enterprise_id, name, type, is_active, created_utc, updated_utc, doc)
                        VALUES (:id, :enterprise, 'Spa', 'Additional', TRUE, 0, 0, '{}')""")
                .bind("id", serviceId.toString())
                .bind("enterprise", DemoData.UK_ENTERPRISE_ID.toString())
                .execute());
        ObjectNode body = integration("Portfolio spa", DemoData.US_ENTERPRISE_ID, DemoData.UK_ENTERPRISE_ID,
                DemoData.US_ENTERPRISE_ID);
        body.put("ServiceId", serviceId.toString()).put("IsEnabled", false);
        body.putObject("Requestor").put("Name", "Jane Operator").put("Email", "jane@platform.example");

        ApiResponse response = client().admin("POST", "/admin/v1/integrations", body);

        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        JsonNode created = response.json();
        assertThat(created.get("State").asText()).isEqualTo("Disabled");
        assertThat(created.get("EnterpriseIds")).hasSize(2);
        JsonNode data = lastEvent(created.get("Id").asText()).get("Data");
        assertThat(data.get("Enterprise")).isEqualTo(ApiClient.JSON.createObjectNode()
                .put("Id", DemoData.US_ENTERPRISE_ID.toString()).put("Name", US_NAME));
        assertThat(data.get("Service")).isEqualTo(ApiClient.JSON.createObjectNode()
                .put("Id", serviceId.toString()).put("Name", "Spa"));
        assertThat(data.get("Requestor")).isEqualTo(ApiClient.JSON.createObjectNode()
                .put("Name", "Jane Operator").put("Email", "jane@platform.example"));
        assertThat(data.get("IsEnabled").asBoolean()).isFalse();
        assertThat(operationStatus(created.get("AccessToken").asText())).isEqualTo(401);
    }

    @Test
    void invalid_integration_requests_are_400_naming_the_field() {
        UUID unknown = UUID.fromString("3fa85f64-5717-4562-b3fc-2c963f66afa6");
        Map<String, ObjectNode> cases = Map.of(
                "ApplicationId", integration("X", DemoData.UK_ENTERPRISE_ID).putNull("ApplicationId"),
                "Name", integration(" ", DemoData.UK_ENTERPRISE_ID),
                "EnterpriseIds", integration("X"),
                "EnterpriseIds[1]", integration("X", DemoData.UK_ENTERPRISE_ID, unknown),
                "ServiceId", integration("X", DemoData.UK_ENTERPRISE_ID).put("ServiceId", unknown.toString()),
                "Requestor.Email", integration("X", DemoData.UK_ENTERPRISE_ID).set("Requestor",
                        ApiClient.JSON.createObjectNode().put("Name", "Jane")));
        cases.forEach((field, body) -> {
            ApiResponse response = client().admin("POST", "/admin/v1/integrations", body);
            assertThat(response.status()).as(field).isEqualTo(400);
            assertThat(response.json().get("Message").asText()).as(field).contains(field);
        });
        ApiResponse unknownApplication = client().admin("POST", "/admin/v1/integrations",
                integration("X", DemoData.UK_ENTERPRISE_ID).put("ApplicationId", unknown.toString()));
        assertThat(unknownApplication.status()).isEqualTo(400);
        assertThat(unknownApplication.json().get("Message").asText()).contains("ApplicationId");
        ApiResponse badGuid = client().admin("POST", "/admin/v1/integrations",
                integration("X", DemoData.UK_ENTERPRISE_ID).put("ApplicationId", "nope"));
        assertThat(badGuid.status()).isEqualTo(400);
        assertThat(badGuid.json().get("Message").asText()).contains("ApplicationId");
    }

    @Test
    void the_list_holds_integrations_that_are_not_deleted_in_one_plural_array() {
        String kept = create("Kept", DemoData.UK_ENTERPRISE_ID).get("Id").asText();
        String deleted = create("Gone", DemoData.UK_ENTERPRISE_ID).get("Id").asText();
        lifecycle(deleted, "delete");

        ApiResponse response = client().admin("GET", "/admin/v1/integrations", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().properties()).extracting(Map.Entry::getKey).containsExactly("Integrations");
        List<String> ids = response.json().get("Integrations").findValuesAsText("Id");
        assertThat(ids).contains(kept, DemoData.PORTFOLIO_INTEGRATION_ID.toString()).doesNotContain(deleted);
        assertThat(client().admin("GET", "/admin/v1/integrations/" + deleted, null).json().get("State").asText())
                .isEqualTo("Deleted");
    }

    @Test
    void disable_enable_cancel_reinstate_delete_each_change_the_state_and_emit_their_action() {
        JsonNode created = create("Lifecycle", DemoData.UK_ENTERPRISE_ID);
        String id = created.get("Id").asText();
        String token = created.get("AccessToken").asText();
        ObjectNode stateData = ApiClient.JSON.createObjectNode();
        stateData.set("Integration", reference(created));

        List<String[]> steps = List.of(
                new String[] {"disable", "Disabled", "IntegrationDisabled"},
                new String[] {"enable", "Enabled", "IntegrationEnabled"},
                new String[] {"cancel", "Canceled", "IntegrationCanceled"},
                new String[] {"reinstate", "Enabled", "IntegrationReinstated"},
                new String[] {"disable", "Disabled", "IntegrationDisabled"},
                new String[] {"cancel", "Canceled", "IntegrationCanceled"});
        for (String[] step : steps) {
            ApiResponse response = lifecycle(id, step[0]);
            assertThat(response.status()).as(step[0]).isEqualTo(200);
            assertThat(response.json().get("State").asText()).as(step[0]).isEqualTo(step[1]);
            JsonNode event = lastEvent(id);
            assertThat(event.get("Action").asText()).isEqualTo(step[2]);
            assertThat(event.get("Data")).isEqualTo(stateData);
            assertThat(operationStatus(token)).as("API call after " + step[0])
                    .isEqualTo(step[1].equals("Enabled") ? 200 : 401);
        }

        ApiResponse deleted = lifecycle(id, "delete");

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().get("State").asText()).isEqualTo("Deleted");
        JsonNode event = lastEvent(id);
        assertThat(event.get("Action").asText()).isEqualTo("IntegrationDeleted");
        assertThat(event.get("Data").properties()).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("DeletedUtc", "Integration");
        assertThat(event.get("Data").get("DeletedUtc").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(event.get("Data").get("Integration")).isEqualTo(reference(created));
        assertThat(operationStatus(token)).isEqualTo(401);
        assertThat(events(id)).hasSize(1 + steps.size() + 1);
    }

    @Test
    void moves_the_current_state_does_not_allow_are_403_and_emit_nothing() {
        String id = create("Strict", DemoData.UK_ENTERPRISE_ID).get("Id").asText();

        ApiResponse enableEnabled = lifecycle(id, "enable");
        ApiResponse reinstateEnabled = lifecycle(id, "reinstate");
        lifecycle(id, "cancel");
        ApiResponse enableCanceled = lifecycle(id, "enable");
        ApiResponse disableCanceled = lifecycle(id, "disable");

        assertThat(enableEnabled.status()).isEqualTo(403);
        assertThat(enableEnabled.json().get("Message").asText())
                .isEqualTo("Only a disabled integration can be enabled; this one is enabled.");
        assertThat(reinstateEnabled.status()).isEqualTo(403);
        assertThat(reinstateEnabled.json().get("Message").asText()).contains("canceled");
        assertThat(enableCanceled.status()).isEqualTo(403);
        assertThat(disableCanceled.status()).isEqualTo(403);
        assertThat(events(id)).extracting(event -> event.get("Payload").get("Action").asText())
                .containsExactly("IntegrationCreated", "IntegrationCanceled");
    }

    @Test
    void nothing_can_be_done_with_a_deleted_integration() {
        String id = create("Final", DemoData.UK_ENTERPRISE_ID).get("Id").asText();
        lifecycle(id, "delete");

        for (String action : List.of("enable", "disable", "cancel", "reinstate", "delete", "api-keys")) {
            ApiResponse response = lifecycle(id, action);
            assertThat(response.status()).as(action).isEqualTo(403);
            assertThat(response.json().get("Message").asText()).as(action)
                    .isEqualTo("The integration has been deleted and can no longer be changed.");
        }
        assertThat(events(id)).hasSize(2);
    }

    @Test
    void an_unknown_integration_is_404_and_a_malformed_id_is_400() {
        String unknown = "3fa85f64-5717-4562-b3fc-2c963f66afa6";

        for (String action : List.of("enable", "disable", "cancel", "reinstate", "delete", "api-keys")) {
            assertThat(lifecycle(unknown, action).status()).as(action).isEqualTo(404);
            assertThat(lifecycle("not-a-guid", action).status()).as(action).isEqualTo(400);
        }
        assertThat(client().admin("GET", "/admin/v1/integrations/" + unknown, null).status()).isEqualTo(404);
    }

    @Test
    void an_api_key_is_shown_once_stored_as_a_hash_and_told_to_the_application() {
        JsonNode created = create("Keyed", DemoData.UK_ENTERPRISE_ID);
        String id = created.get("Id").asText();

        ApiResponse response = lifecycle(id, "api-keys");

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().properties()).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("IntegrationId", "ApiKey");
        assertThat(response.json().get("IntegrationId").asText()).isEqualTo(id);
        String apiKey = response.json().get("ApiKey").asText();
        assertThat(apiKey).matches("[0-9A-F]{32}-[0-9A-F]{31}");
        List<Map<String, Object>> rows = server.connector().database().jdbi().withHandle(handle -> handle
                .createQuery("SELECT * FROM integration_api_keys WHERE integration_id = :id")
                .bind("id", id).mapToMap().list());
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("api_key_hash")).isEqualTo(Tokens.hash(apiKey));
            assertThat(row.values()).doesNotContain(apiKey);
        });
        JsonNode event = lastEvent(id);
        assertThat(event.get("Action").asText()).isEqualTo("IntegrationApiKeyCreated");
        ObjectNode expected = ApiClient.JSON.createObjectNode();
        expected.set("Integration", reference(created));
        expected.put("ApiKey", apiKey);
        assertThat(event.get("Data")).isEqualTo(expected);
    }

    @Test
    void a_canceled_integration_gets_no_api_key_until_reinstated() {
        String id = create("Paused keys", DemoData.UK_ENTERPRISE_ID).get("Id").asText();
        lifecycle(id, "cancel");

        ApiResponse refused = lifecycle(id, "api-keys");
        lifecycle(id, "reinstate");
        ApiResponse allowed = lifecycle(id, "api-keys");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("Message").asText()).contains("reinstate");
        assertThat(allowed.status()).isEqualTo(201);
    }
}
