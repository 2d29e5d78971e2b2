package dev.connector.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.demo.DemoCredentials;
import dev.connector.demo.DemoData;
import dev.connector.demo.DemoIds;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import dev.connector.testing.LiveStreamClient;
import dev.connector.testing.StoreKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The admin endpoints a console is built on: the overview, one application in full, and the live stream. */
class ConsoleAdminTest extends BothStoresTest {

    private static final UUID FIRST_APPLICATION = DemoIds.of("application/1");

    @Test
    void the_overview_names_the_server_its_store_and_the_demo_hotels_with_tokens_that_work() {
        ApiResponse response = client().admin("GET", "/admin/v1/overview", null);

        assertThat(response.status()).isEqualTo(200);
        JsonNode overview = response.json();
        assertThat(overview.get("Version").asText()).isNotBlank();
        assertThat(overview.get("Store").asText()).isEqualTo(store == StoreKind.SQLITE ? "sqlite" : "postgresql");
        assertThat(overview.get("Sandbox").asBoolean()).isTrue();
        assertThat(overview.get("Nodes").asInt()).isEqualTo(1);
        assertThat(overview.get("StartedUtc").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(overview.get("UptimeSeconds").asLong()).isNotNegative();
        JsonNode uk = hotel(overview, DemoData.UK_ENTERPRISE_ID);
        assertThat(uk.get("Name").asText()).isNotBlank();
        assertThat(uk.get("ClientToken").asText()).isEqualTo(DemoCredentials.APPLICATIONS.get(0).clientToken());
        assertThat(uk.get("AccessToken").asText()).isEqualTo(DemoCredentials.APPLICATIONS.get(0).ukAccessToken());
        assertThat(uk.get("Tokens").findValuesAsText("AccessToken"))
                .contains(DemoCredentials.PORTFOLIO_ACCESS_TOKEN, DemoCredentials.APPLICATIONS.get(3).ukAccessToken());
        ApiResponse configuration = client().operation("configuration/get",
                ApiClient.body(new ApiClient.Tokens(uk.get("ClientToken").asText(), uk.get("AccessToken").asText())));
        assertThat(configuration.status()).isEqualTo(200);
        assertThat(configuration.json().path("Enterprise").path("Id").asText()).isEqualTo(uk.get("Id").asText());
    }

    @Test
    void the_overview_counts_applications_integrations_and_messages_by_state() {
        JsonNode before = client().admin("GET", "/admin/v1/overview", null).json().get("Counts");
        client().admin("POST", "/admin/v1/applications", ApiClient.JSON.createObjectNode().put("Name", "Counted"));

        JsonNode after = client().admin("GET", "/admin/v1/overview", null).json().get("Counts");

        assertThat(after.get("Applications").asInt()).isEqualTo(before.get("Applications").asInt() + 1);
        assertThat(after.get("Integrations").asInt()).isGreaterThanOrEqualTo(after.get("EnabledIntegrations").asInt())
                .isGreaterThanOrEqualTo(DemoCredentials.APPLICATIONS.size() * 2);
        assertThat(after.get("WebSockets").asInt()).isNotNegative();
        assertThat(after.get("Messages").properties()).extracting(Map.Entry::getKey)
                .containsExactly("Pending", "Delivered", "Failed", "Abandoned");
    }

    @Test
    void one_application_shows_its_webhooks_and_each_integrations_event_selections() {
        ObjectNode selection = ApiClient.JSON.createObjectNode();
        selection.putArray("Events").add("Reservation");
        JsonNode before = client().admin("GET", "/admin/v1/applications/" + FIRST_APPLICATION, null).json();
        String integration = before.get("Integrations").get(0).get("Id").asText();
        assertThat(client().admin("PUT", "/admin/v1/integrations/" + integration + "/websocket-events", selection)
                .status()).isEqualTo(200);

        ApiResponse response = client().admin("GET", "/admin/v1/applications/" + FIRST_APPLICATION, null);

        assertThat(response.status()).isEqualTo(200);
        JsonNode application = response.json();
        assertThat(application.get("Id").asText()).isEqualTo(FIRST_APPLICATION.toString());
        assertThat(application.get("ClientToken").asText()).isEqualTo(DemoCredentials.APPLICATIONS.get(0).clientToken());
        assertThat(application.get("Webhooks").has("GeneralWebhookUrl")).isTrue();
        assertThat(application.get("Webhooks").get("SigningSecrets").isArray()).isTrue();
        assertThat(application.get("Integrations").findValuesAsText("AccessToken"))
                .contains(DemoCredentials.APPLICATIONS.get(0).ukAccessToken(), DemoCredentials.PORTFOLIO_ACCESS_TOKEN);
        JsonNode chosen = find(application.get("Integrations"), integration);
        assertThat(texts(chosen.get("WebSocketEvents"))).containsExactly("Reservation");
        assertThat(texts(chosen.get("WebhookEvents"))).hasSize(7).contains("CustomerAdded");
        assertThat(chosen.get("State").asText()).isEqualTo("Enabled");
    }

    @Test
    void an_unknown_application_is_404_and_a_malformed_id_400() {
        assertThat(client().admin("GET", "/admin/v1/applications/" + UUID.randomUUID(), null).status()).isEqualTo(404);
        ApiResponse malformed = client().admin("GET", "/admin/v1/applications/not-an-id", null);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("Message").asText()).contains("application id");
    }

    @Test
    void the_live_stream_shows_each_answered_operation_with_its_application_and_status() {
        try (LiveStreamClient live = LiveStreamClient.subscribed(server.baseUrl(), "Kind=Operation")) {
            assertThat(live.contentType()).startsWith("text/event-stream");
            client().operation("configuration/get", ApiClient.body(ApiClient.UK));
            client().operation("configuration/get", ApiClient.body(new ApiClient.Tokens("wrong", "wrong")));

            LiveStreamClient.Received ok = live.await(event -> event.name().equals("Operation")
                    && event.data().get("Data").get("Status").asInt() == 200);
            LiveStreamClient.Received refused = live.await(event -> event.name().equals("Operation")
                    && event.data().get("Data").get("Status").asInt() == 401);

            assertThat(ok.data().get("Kind").asText()).isEqualTo("Operation");
            assertThat(ok.data().get("Data").get("Path").asText()).isEqualTo("configuration/get");
            assertThat(ok.data().get("Data").get("DurationMs").asDouble()).isPositive();
            assertThat(ok.data().get("ApplicationId").asText()).isEqualTo(FIRST_APPLICATION.toString());
            assertThat(texts(ok.data().get("EnterpriseIds"))).containsExactly(DemoData.UK_ENTERPRISE_ID.toString());
            assertThat(ok.id()).isEqualTo(ok.data().get("Id").asText());
            assertThat(refused.data().get("ApplicationId").isNull()).isTrue();
            assertThat(live.received()).extracting(LiveStreamClient.Received::name)
                    .containsOnly("Subscribed", "Operation");
        }
    }

    @Test
    void the_live_stream_shows_committed_events_and_filters_by_enterprise() {
        String query = "Kind=Event,Operation&Enterprise=" + DemoData.US_ENTERPRISE_ID;
        try (LiveStreamClient live = LiveStreamClient.subscribed(server.baseUrl(), query)) {
            addCustomer(ApiClient.UK);
            UUID usCustomer = addCustomer(ApiClient.US);

            LiveStreamClient.Received event = live.await(received -> received.name().equals("Event"));
            live.await(received -> received.name().equals("Operation"));

            assertThat(event.data().get("Data").get("Type").asText()).isEqualTo("CustomerAdded");
            assertThat(event.data().get("Data").get("EntityId").asText()).isEqualTo(usCustomer.toString());
            assertThat(event.data().get("Data").get("Position").asLong()).isPositive();
            assertThat(live.received().stream().skip(1)
                    .allMatch(received -> texts(received.data().get("EnterpriseIds"))
                            .contains(DemoData.US_ENTERPRISE_ID.toString()))).isTrue();
        }
    }

    @Test
    void the_live_stream_filters_by_application() {
        String second = DemoIds.of("application/2").toString();
        try (LiveStreamClient live = LiveStreamClient.subscribed(server.baseUrl(), "Application=" + second)) {
            client().operation("configuration/get", ApiClient.body(ApiClient.UK));
            client().operation("configuration/get", ApiClient.body(new ApiClient.Tokens(
                    DemoCredentials.APPLICATIONS.get(1).clientToken(), DemoCredentials.APPLICATIONS.get(1).ukAccessToken())));

            live.await(received -> received.name().equals("Operation"));

            assertThat(live.received().stream().filter(received -> received.name().equals("Operation")))
                    .allMatch(received -> received.data().get("ApplicationId").asText().equals(second));
        }
    }

    @Test
    void the_live_stream_needs_the_admin_token_and_refuses_bad_filters_naming_them() {
        ApiResponse noToken = client().send("GET", "/admin/v1/live", null, Map.of());
        ApiResponse wrongToken = client().send("GET", "/admin/v1/live?token=wrong", null, Map.of());
        ApiResponse badKind = client().admin("GET", "/admin/v1/live?Kind=Gossip", null);
        ApiResponse badApplication = client().admin("GET", "/admin/v1/live?Application=12", null);
        ApiResponse queryTokenElsewhere = client().send("GET", "/admin/v1/overview?token=" + "test-admin-token-0123456789",
                null, Map.of());

        assertThat(noToken.status()).isEqualTo(401);
        assertThat(wrongToken.status()).isEqualTo(401);
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.json().get("Message").asText()).contains("Kind").contains("WebhookAttempt");
        assertThat(badApplication.status()).isEqualTo(400);
        assertThat(badApplication.json().get("Message").asText()).contains("Application");
        assertThat(queryTokenElsewhere.status()).as("?token= is only for the live stream").isEqualTo(401);
    }

    @Test
    void every_console_endpoint_needs_the_admin_token() {
        String rotate = "/admin/v1/applications/" + FIRST_APPLICATION + "/webhooks/rotate-secret";
        for (String[] call : List.of(
                new String[] {"GET", "/admin/v1/overview"},
                new String[] {"GET", "/admin/v1/applications/" + FIRST_APPLICATION},
                new String[] {"POST", rotate},
                new String[] {"GET", "/admin/v1/websockets"},
                new String[] {"POST", "/admin/v1/websockets/" + UUID.randomUUID() + "/disconnect"},
                new String[] {"POST", "/admin/v1/webhook-messages/replay"})) {
            ApiResponse response = client().send(call[0], call[1], null, Map.of("Authorization", "Bearer wrong"));
            assertThat(response.status()).as(call[1]).isEqualTo(401);
            assertThat(response.json().get("Message").asText()).contains("admin token");
        }
    }

    private UUID addCustomer(ApiClient.Tokens tokens) {
        ObjectNode body = ApiClient.body(tokens);
        body.put("LastName", "Watched " + UUID.randomUUID());
        body.put("OverwriteExisting", false);
        ApiResponse response = client().operation("customers/add", body);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return UUID.fromString(response.json().get("Id").asText());
    }

    private static JsonNode hotel(JsonNode overview, UUID id) {
        return find(overview.get("Enterprises"), id.toString());
    }

    private static JsonNode find(JsonNode array, String id) {
        for (JsonNode item : array) {
            if (item.get("Id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("No item " + id + " in " + array);
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
