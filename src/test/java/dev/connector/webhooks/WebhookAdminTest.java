package dev.connector.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.demo.DemoData;
import dev.connector.events.DomainEvent;
import dev.connector.events.GeneralEventKind;
import dev.connector.integrations.IntegrationState;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookAdminTest extends WebhookTest {

    @Test
    void a_registration_is_read_back_with_its_secrets_masked() {
        UUID application = fixture().newApplication();
        ApiResponse put = fixture().register(application, "https://partner.example/general?x=1",
                "https://partner.example/integration", "partner-secret-token", "generate");
        String secret = put.json().get("SigningSecret").asText();

        ApiResponse get = client().admin("GET", "/admin/v1/applications/" + application + "/webhooks", null);

        assertThat(get.status()).isEqualTo(200);
        assertThat(get.json().get("ApplicationId").asText()).isEqualTo(application.toString());
        assertThat(get.json().get("GeneralWebhookUrl").asText()).isEqualTo("https://partner.example/general?x=1");
        assertThat(get.json().get("IntegrationWebhookUrl").asText()).isEqualTo("https://partner.example/integration");
        assertThat(get.json().get("Token").asText()).isEqualTo("****oken");
        assertThat(get.json().get("SigningSecret").asText()).startsWith("whsec_****").doesNotContain(secret.substring(6, 30));
        assertThat(put.json().get("Token").asText()).isEqualTo("****oken");
        assertThat(secret).startsWith("whsec_").hasSizeGreaterThan(40);
    }

    @Test
    void sending_back_what_was_read_keeps_the_secrets_and_null_removes_them() {
        UUID application = fixture().newApplication();
        fixture().register(application, "https://partner.example/a", null, "partner-secret-token", "generate");
        JsonNode read = client().admin("GET", "/admin/v1/applications/" + application + "/webhooks", null).json();

        ApiResponse again = client().admin("PUT", "/admin/v1/applications/" + application + "/webhooks", read);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("Token").asText()).isEqualTo(read.get("Token").asText());
        assertThat(again.json().get("SigningSecret").asText()).isEqualTo(read.get("SigningSecret").asText());
        assertThat(again.json().get("PreviousSigningSecretExpiresUtc").isNull()).as("no rotation").isTrue();

        ObjectNode removal = ApiClient.JSON.createObjectNode().put("GeneralWebhookUrl", "https://partner.example/a");
        removal.putNull("Token");
        removal.putNull("SigningSecret");
        ApiResponse removed = client().admin("PUT", "/admin/v1/applications/" + application + "/webhooks", removal);
        assertThat(removed.json().get("Token").isNull()).isTrue();
        assertThat(removed.json().get("SigningSecret").isNull()).isTrue();
        assertThat(removed.json().get("IntegrationWebhookUrl").isNull()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://partner.example/x", "not a url", "http:///path-only", "partner.example/hooks", "mailto:a@b.c"})
    void a_bad_url_is_400(String url) {
        UUID application = fixture().newApplication();

        ApiResponse response = fixture().register(application, url, null, null, null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("Message").asText()).contains("GeneralWebhookUrl");
    }

    @Test
    void malformed_registrations_are_400_and_unknown_applications_404() {
        UUID application = fixture().newApplication();
        String path = "/admin/v1/applications/" + application + "/webhooks";

        assertThat(fixture().register(application, "https://a.example", null, null, "whsec_c2hvcnQ=").status()).isEqualTo(400);
        assertThat(fixture().register(application, "https://a.example", null, null, "plain-secret").status()).isEqualTo(400);
        assertThat(client().send("PUT", path, "[1]", Map.of("Authorization", "Bearer test-admin-token-0123456789")).status()).isEqualTo(400);
        assertThat(client().admin("PUT", path, ApiClient.JSON.createObjectNode().put("GeneralWebhookUrl", 5)).status()).isEqualTo(400);
        assertThat(fixture().register(UUID.randomUUID(), "https://a.example", null, null, null).status()).isEqualTo(404);
        assertThat(client().admin("GET", "/admin/v1/applications/not-an-id/webhooks", null).status()).isEqualTo(400);
    }

    @Test
    void the_admin_token_guards_the_webhook_endpoints() {
        ApiResponse response = client().send("GET", "/admin/v1/webhook-messages", null, Map.of());

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void an_integration_receives_all_seven_events_until_it_chooses() {
        UUID application = fixture().newApplication();
        UUID integration = fixture().newIntegration(application, IntegrationState.Enabled, DemoData.UK_ENTERPRISE_ID);

        ApiResponse response = client().admin("GET", "/admin/v1/integrations/" + integration + "/webhook-events", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("Events")).extracting(JsonNode::asText).containsExactlyElementsOf(
                Stream.of(GeneralEventKind.values()).map(Enum::name).toList());
    }

    @Test
    void an_unknown_event_name_is_400_and_an_unknown_integration_404() {
        UUID application = fixture().newApplication();
        UUID integration = fixture().newIntegration(application, IntegrationState.Enabled, DemoData.UK_ENTERPRISE_ID);

        ApiResponse unknownName = fixture().selectEvents(integration, "CustomerAdded", "ReservationUpdated");
        ApiResponse unknownIntegration = fixture().selectEvents(UUID.randomUUID(), "CustomerAdded");
        ApiResponse missing = client().admin("PUT", "/admin/v1/integrations/" + integration + "/webhook-events",
                ApiClient.JSON.createObjectNode());

        assertThat(unknownName.status()).isEqualTo(400);
        assertThat(unknownName.json().get("Message").asText()).contains("ReservationUpdated");
        assertThat(unknownIntegration.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(400);
    }

    @Test
    void the_delivery_log_filters_pages_newest_first_and_shows_each_attempt() {
        String path = newPath();
        receiver.answer(path, (number, request) -> WebhookReceiver.Answer.status(number == 1 ? 500 : 200));
        UUID application = fixture().newApplication();
        UUID integration = fixture().newIntegration(application, IntegrationState.Enabled, DemoData.UK_ENTERPRISE_ID);
        fixture().register(application, receiver.url(path), null, null, null);
        for (int i = 0; i < 3; i++) {
            fixture().emit(new DomainEvent.CustomerAdded(DemoData.UK_ENTERPRISE_ID, UUID.randomUUID()));
            int expected = i + 1;
            await().atMost(RECEIPT_TIMEOUT).until(() -> fixture().log(application).size() == expected);
        }
        await().atMost(RECEIPT_TIMEOUT).until(() -> fixture().log(application).stream()
                .allMatch(entry -> entry.get("State").asText().equals("Delivered")));

        List<JsonNode> all = fixture().log(application);
        JsonNode firstPage = list("ApplicationId=" + application + "&Limit=2");
        JsonNode secondPage = list("ApplicationId=" + application + "&Limit=2&Cursor=" + firstPage.get("Cursor").asText());

        assertThat(all).hasSize(3);
        JsonNode oldest = all.getLast();
        assertThat(oldest.get("Attempts")).hasSize(2);
        assertThat(oldest.get("Attempts").get(0).get("StatusCode").asInt()).isEqualTo(500);
        assertThat(oldest.get("Attempts").get(0).get("StartedUtc").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(oldest.get("Attempts").get(1).get("Error").isNull()).isTrue();
        assertThat(oldest.get("Body").get("IntegrationId").asText()).isEqualTo(integration.toString());
        assertThat(oldest.get("EnterpriseId").asText()).isEqualTo(DemoData.UK_ENTERPRISE_ID.toString());
        assertThat(oldest.get("ApplicationId").asText()).isEqualTo(application.toString());
        assertThat(firstPage.get("WebhookMessages")).hasSize(2);
        assertThat(secondPage.get("WebhookMessages")).hasSize(1);
        assertThat(List.of(firstPage.get("WebhookMessages").get(0).get("Id").asText(),
                firstPage.get("WebhookMessages").get(1).get("Id").asText(),
                secondPage.get("WebhookMessages").get(0).get("Id").asText()))
                .containsExactlyElementsOf(all.stream().map(entry -> entry.get("Id").asText()).toList());
        assertThat(list("IntegrationId=" + integration + "&State=Delivered").get("WebhookMessages")).hasSize(3);
        assertThat(list("IntegrationId=" + integration + "&State=Abandoned").get("WebhookMessages")).isEmpty();
        assertThat(list("IntegrationId=" + integration + "&Since=2999-01-01T00:00:00Z").get("WebhookMessages")).isEmpty();
        assertThat(list("IntegrationId=" + integration + "&State=Abandoned").get("Cursor").isNull()).isTrue();
        ApiResponse one = client().admin("GET", "/admin/v1/webhook-messages/" + oldest.get("Id").asText(), null);
        assertThat(one.json().get("Id").asText()).isEqualTo(oldest.get("Id").asText());
    }

    @Test
    void bad_delivery_log_queries_are_400_and_unknown_messages_404() {
        for (String query : List.of("State=Lost", "Limit=0", "Limit=1001", "Since=yesterday", "ApplicationId=x",
                "Cursor=" + UUID.randomUUID())) {
            assertThat(client().admin("GET", "/admin/v1/webhook-messages?" + query, null).status()).as(query).isEqualTo(400);
        }
        assertThat(client().admin("GET", "/admin/v1/webhook-messages/" + UUID.randomUUID(), null).status()).isEqualTo(404);
        assertThat(client().admin("POST", "/admin/v1/webhook-messages/" + UUID.randomUUID() + "/replay", null).status()).isEqualTo(404);
        assertThat(client().admin("POST", "/admin/v1/webhook-messages/replay", ApiClient.JSON.createObjectNode()).status()).isEqualTo(400);
    }

    @Test
    void metrics_report_deliveries_latencies_and_queue_depth() {
        String path = newPath();
        UUID application = fixture().newApplication();
        fixture().newIntegration(application, IntegrationState.Enabled, DemoData.UK_ENTERPRISE_ID);
        fixture().register(application, receiver.url(path), null, null, null);
        fixture().emit(new DomainEvent.CustomerAdded(DemoData.UK_ENTERPRISE_ID, UUID.randomUUID()));
        awaitRequests(path, 1);

        await().atMost(RECEIPT_TIMEOUT).untilAsserted(() -> assertThat(client().send("GET", "/metrics", null, Map.of()).raw())
                .contains("connector_webhooks_deliveries_total{kind=\"General\",outcome=\"delivered\"}")
                .contains("connector_webhooks_attempts_seconds_count")
                .contains("connector_webhooks_commit_to_delivery_seconds_count")
                .contains("connector_webhooks_queue"));
    }

    @Test
    void finished_messages_older_than_the_retention_leave_the_delivery_log_and_pending_ones_stay() {
        UUID application = fixture().newApplication();
        WebhookStore store = new WebhookStore(server.connector().database().dialect());
        java.time.Instant longAgo = java.time.Instant.now().minus(java.time.Duration.ofDays(30));
        UUID finished = UUID.randomUUID();
        UUID pending = UUID.randomUUID();
        int pruned = fixture().transactions().write(tx -> {
            store.insertMessages(tx.handle(), List.of(
                    new NewMessage(finished, MessageKind.General, application, null, null, "{}", 1, longAgo),
                    new NewMessage(pending, MessageKind.General, application, null, null, "{}", 1, longAgo)), longAgo);
            tx.handle().createUpdate("UPDATE webhook_messages SET state = 'Delivered', next_attempt_utc = NULL WHERE id = :id")
                    .bind("id", finished.toString())
                    .execute();
            store.insertAttempts(tx.handle(), List.of(new AttemptRecord(finished, "test", longAgo, 200, 5, null)));
            int removed = store.prune(tx.handle(), java.time.Instant.now().minus(java.time.Duration.ofDays(7)));
            // The pending one must not be sent to a URL that does not exist: it is removed by hand.
            tx.handle().createUpdate("DELETE FROM webhook_messages WHERE id = :id").bind("id", pending.toString()).execute();
            return removed;
        });

        assertThat(pruned).isEqualTo(1);
        assertThat(client().admin("GET", "/admin/v1/webhook-messages/" + finished, null).status()).isEqualTo(404);
    }

    private JsonNode list(String query) {
        ApiResponse response = client().admin("GET", "/admin/v1/webhook-messages?" + query, null);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.json();
    }
}
