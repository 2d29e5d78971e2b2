package dev.connector.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.demo.DemoData;
import dev.connector.events.DomainEvent;
import dev.connector.integrations.IntegrationState;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.LiveStreamClient;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What a console needs of the delivery log: one message in full with the headers each attempt carried, the
 * filters, bulk replay of what a filter matches, signing secret rotation, and attempts on the live stream.
 */
class DeliveryConsoleTest extends WebhookTest {

    private static final UUID UK = DemoData.UK_ENTERPRISE_ID;

    @Test
    void a_message_in_full_shows_the_url_body_event_types_and_the_headers_of_every_attempt_as_received() {
        String path = newPath();
        receiver.answer(path, (number, request) -> WebhookReceiver.Answer.status(number == 1 ? 500 : 200));
        UUID application = listeningOn(path);
        fixture().register(application, receiver.url(path), null, null, "generate");
        fixture().emit(new DomainEvent.CustomerAdded(UK, UUID.randomUUID()));
        JsonNode logged = awaitOnlyMessage(application, "Delivered");

        ApiResponse response = client().admin("GET", "/admin/v1/webhook-messages/" + logged.get("Id").asText(), null);

        assertThat(response.status()).isEqualTo(200);
        JsonNode detail = response.json();
        assertThat(detail.get("Url").asText()).isEqualTo(receiver.url(path));
        assertThat(detail.get("Kind").asText()).isEqualTo("General");
        assertThat(detail.get("EventTypes").get(0).asText()).isEqualTo("CustomerAdded");
        assertThat(detail.get("Body").get("Events").get(0).get("Discriminator").asText()).isEqualTo("CustomerAdded");
        List<WebhookReceiver.Received> requests = receiver.received(path);
        JsonNode attempts = detail.get("Attempts");
        assertThat(attempts).hasSize(2);
        assertThat(requests).hasSize(2);
        for (int i = 0; i < 2; i++) {
            JsonNode headers = attempts.get(i).get("Headers");
            assertThat(attempts.get(i).get("Number").asInt()).isEqualTo(i + 1);
            assertThat(headers.get("webhook-id").asText()).isEqualTo(requests.get(i).header("webhook-id"));
            assertThat(headers.get("webhook-timestamp").asText()).isEqualTo(requests.get(i).header("webhook-timestamp"));
            assertThat(headers.get("webhook-signature").asText()).isEqualTo(requests.get(i).header("webhook-signature"));
        }
        assertThat(attempts.get(0).get("StatusCode").asInt()).isEqualTo(500);
        assertThat(attempts.get(0).get("Error").asText()).contains("500");
        assertThat(attempts.get(1).get("DurationMs").asLong()).isNotNegative();
        assertThat(detail.get("Headers")).isEqualTo(attempts.get(1).get("Headers"));
    }

    @Test
    void the_log_filters_by_event_type_kind_and_time_range_and_has_no_cursor_after_the_last_page() {
        String path = newPath();
        UUID application = listeningOn(path);
        Instant before = Instant.now().minusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
        fixture().emit(new DomainEvent.CustomerAdded(UK, UUID.randomUUID()));
        awaitRequests(path, 1);
        fixture().emit(new DomainEvent.PaymentUpdated(UK, UUID.randomUUID()));
        awaitRequests(path, 2);
        String app = "ApplicationId=" + application;

        assertThat(list(app + "&EventType=CustomerAdded").get("WebhookMessages")).hasSize(1);
        assertThat(list(app + "&EventType=PaymentUpdated").get("WebhookMessages").get(0).get("EventTypes").get(0).asText())
                .isEqualTo("PaymentUpdated");
        assertThat(list(app + "&EventType=IntegrationCreated").get("WebhookMessages")).isEmpty();
        assertThat(list(app + "&Kind=Integration").get("WebhookMessages")).isEmpty();
        assertThat(list(app + "&Until=" + before).get("WebhookMessages")).isEmpty();
        assertThat(list(app + "&Since=" + before + "&Until=" + before.plusSeconds(3600)).get("WebhookMessages")).hasSize(2);
        JsonNode page = list(app + "&Limit=5");
        assertThat(page.get("WebhookMessages")).hasSize(2);
        assertThat(page.get("Cursor").isNull()).isTrue();
        assertThat(list(app + "&Limit=1").get("Cursor").isNull()).isFalse();
        for (String bad : List.of("EventType=Gossip", "Until=soon", "Since=" + before + "&Until=" + before)) {
            ApiResponse response = client().admin("GET", "/admin/v1/webhook-messages?" + bad, null);
            assertThat(response.status()).as(bad).isEqualTo(400);
        }
        assertThat(client().admin("GET", "/admin/v1/webhook-messages?EventType=Gossip", null).json()
                .get("Message").asText()).contains("EventType");
    }

    @Test
    void an_integration_webhook_is_found_by_its_action() {
        String path = newPath();
        UUID application = fixture().newApplication();
        fixture().register(application, null, receiver.url(path), null, null);
        ObjectNode integration = ApiClient.JSON.createObjectNode().put("ApplicationId", application.toString())
                .put("Name", "Console test");
        integration.putArray("EnterpriseIds").add(UK.toString());
        assertThat(client().admin("POST", "/admin/v1/integrations", integration).status()).isEqualTo(201);
        awaitRequests(path, 1);

        JsonNode found = list("ApplicationId=" + application + "&EventType=IntegrationCreated").get("WebhookMessages");

        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("Kind").asText()).isEqualTo("Integration");
        assertThat(found.get(0).get("EventTypes").get(0).asText()).isEqualTo("IntegrationCreated");
    }

    @Test
    void bulk_replay_resends_what_the_filters_match_with_the_same_webhook_id() {
        String path = newPath();
        UUID application = listeningOn(path);
        fixture().emit(new DomainEvent.CustomerAdded(UK, UUID.randomUUID()));
        awaitRequests(path, 1);
        fixture().emit(new DomainEvent.PaymentUpdated(UK, UUID.randomUUID()));
        awaitRequests(path, 2);
        await().atMost(RECEIPT_TIMEOUT).until(() -> fixture().log(application).stream()
                .allMatch(entry -> entry.get("State").asText().equals("Delivered")));
        String customerMessage = list("ApplicationId=" + application + "&EventType=CustomerAdded")
                .get("WebhookMessages").get(0).get("Id").asText();

        ObjectNode filter = ApiClient.JSON.createObjectNode().put("ApplicationId", application.toString())
                .put("EventType", "CustomerAdded").put("State", "Delivered");
        ApiResponse replay = client().admin("POST", "/admin/v1/webhook-messages/replay", filter);

        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json().get("ReplayedCount").asInt()).isEqualTo(1);
        List<WebhookReceiver.Received> requests = awaitRequests(path, 3);
        assertThat(requests.get(2).header("webhook-id")).isEqualTo(customerMessage);
        for (ObjectNode bad : List.of(ApiClient.JSON.createObjectNode(),
                ApiClient.JSON.createObjectNode().put("EventType", "Gossip"),
                ApiClient.JSON.createObjectNode().put("ApplicationId", 5),
                ApiClient.JSON.createObjectNode().put("State", "Lost"))) {
            ApiResponse refused = client().admin("POST", "/admin/v1/webhook-messages/replay", bad);
            assertThat(refused.status()).as(bad.toString()).isEqualTo(400);
        }
    }

    @Test
    void a_rotated_secret_signs_beside_the_old_one_until_the_grace_ends() {
        String path = newPath();
        UUID application = listeningOn(path);
        String first = fixture().register(application, receiver.url(path), null, null, "generate").json()
                .get("SigningSecret").asText();
        String rotatePath = "/admin/v1/applications/" + application + "/webhooks/rotate-secret";

        ApiResponse rotated = client().admin("POST", rotatePath, null);

        assertThat(rotated.status()).isEqualTo(200);
        String second = rotated.json().get("SigningSecret").asText();
        assertThat(second).startsWith("whsec_").isNotEqualTo(first);
        assertThat(rotated.json().get("PreviousSigningSecret").asText()).isEqualTo("whsec_****" + first.substring(first.length() - 4));
        Instant graceUntil = Instant.parse(rotated.json().get("GraceUntilUtc").asText());
        assertThat(graceUntil).isAfter(Instant.now().plus(Duration.ofHours(23)));
        JsonNode shown = client().admin("GET", "/admin/v1/applications/" + application, null).json().get("Webhooks");
        assertThat(shown.get("SigningSecrets").findValuesAsText("Role")).containsExactly("Current", "Previous");
        assertThat(shown.get("SigningSecrets").get(1).get("ExpiresUtc").asText()).isEqualTo(rotated.json().get("GraceUntilUtc").asText());
        assertThat(shown.get("GraceUntilUtc").asText()).isEqualTo(rotated.json().get("GraceUntilUtc").asText());
        assertThat(shown.toString()).doesNotContain(second.substring(6, 30));

        fixture().emit(new DomainEvent.CustomerAdded(UK, UUID.randomUUID()));
        WebhookReceiver.Received during = awaitRequests(path, 1).getFirst();
        assertThat(WebhookSignatures.signatures(during.header("webhook-signature"))).hasSize(2);
        assertThat(verifies(first, during)).isTrue();
        assertThat(verifies(second, during)).isTrue();

        ApiResponse again = client().admin("POST", rotatePath, ApiClient.JSON.createObjectNode().put("GraceSeconds", 0));
        String third = again.json().get("SigningSecret").asText();
        fixture().emit(new DomainEvent.CustomerAdded(UK, UUID.randomUUID()));
        WebhookReceiver.Received after = awaitRequests(path, 2).get(1);
        assertThat(WebhookSignatures.signatures(after.header("webhook-signature"))).hasSize(1);
        assertThat(verifies(third, after)).isTrue();
        assertThat(verifies(second, after)).isFalse();
        assertThat(client().admin("GET", "/admin/v1/applications/" + application, null).json()
                .get("Webhooks").get("GraceUntilUtc").isNull()).isTrue();

        assertThat(client().admin("POST", "/admin/v1/applications/" + UUID.randomUUID() + "/webhooks/rotate-secret",
                null).status()).isEqualTo(404);
        ApiResponse negative = client().admin("POST", rotatePath, ApiClient.JSON.createObjectNode().put("GraceSeconds", -1));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().get("Message").asText()).contains("GraceSeconds");
    }

    @Test
    void each_attempt_appears_on_the_live_stream_with_its_status_and_what_happens_next() {
        String path = newPath();
        receiver.answer(path, (number, request) -> WebhookReceiver.Answer.status(number == 1 ? 503 : 200));
        UUID application = listeningOn(path);
        try (LiveStreamClient live = LiveStreamClient.subscribed(server.baseUrl(),
                "Kind=WebhookAttempt&Application=" + application)) {
            fixture().emit(new DomainEvent.CustomerAdded(UK, UUID.randomUUID()));

            LiveStreamClient.Received failed = live.await(event -> event.data().path("Data").path("Attempt").asInt() == 1);
            LiveStreamClient.Received delivered = live.await(event -> event.data().path("Data").path("Attempt").asInt() == 2);

            JsonNode message = awaitOnlyMessage(application, "Delivered");
            assertThat(failed.name()).isEqualTo("WebhookAttempt");
            assertThat(failed.data().get("Data").get("StatusCode").asInt()).isEqualTo(503);
            assertThat(failed.data().get("Data").get("Outcome").asText()).isEqualTo("RetryAt");
            assertThat(failed.data().get("Data").get("NextAttemptUtc").isNull()).isFalse();
            assertThat(failed.data().get("Data").get("Error").asText()).contains("503");
            assertThat(delivered.data().get("Data").get("Outcome").asText()).isEqualTo("Delivered");
            assertThat(delivered.data().get("Data").get("MessageId").asText()).isEqualTo(message.get("Id").asText());
            assertThat(delivered.data().get("ApplicationId").asText()).isEqualTo(application.toString());
            assertThat(delivered.data().get("EnterpriseIds").get(0).asText()).isEqualTo(UK.toString());
        }
    }

    private UUID listeningOn(String path) {
        UUID application = fixture().newApplication();
        fixture().newIntegration(application, IntegrationState.Enabled, UK);
        assertThat(fixture().register(application, receiver.url(path), null, null, null).status()).isEqualTo(200);
        return application;
    }

    private JsonNode awaitOnlyMessage(UUID application, String state) {
        await().atMost(RECEIPT_TIMEOUT).until(() -> {
            List<JsonNode> log = fixture().log(application);
            return log.size() == 1 && log.getFirst().get("State").asText().equals(state);
        });
        return fixture().log(application).getFirst();
    }

    private JsonNode list(String query) {
        ApiResponse response = client().admin("GET", "/admin/v1/webhook-messages?" + query, null);
        assertThat(response.status()).as(query + ": " + response.raw()).isEqualTo(200);
        return response.json();
    }

    private static boolean verifies(String secret, WebhookReceiver.Received request) {
        return WebhookSignatures.verifies(secret, request.header("webhook-id"), request.header("webhook-timestamp"),
                request.body(), request.header("webhook-signature"));
    }
}
