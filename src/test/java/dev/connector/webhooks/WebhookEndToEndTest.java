package dev.connector.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.demo.DemoData;
import dev.connector.demo.DemoIds;
import dev.connector.integrations.IntegrationState;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Webhooks from real operations: a customer added through the API, an integration disabled through the admin API. */
class WebhookEndToEndTest extends WebhookTest {

    @Test
    void a_customer_added_through_the_api_reaches_the_registered_url_within_a_fraction_of_a_second() {
        UUID application = DemoIds.of("application/1");
        String path = newPath();
        fixture().register(application, receiver.url(path), null, null, null);
        try {
            ObjectNode body = ApiClient.body(ApiClient.UK);
            body.put("FirstName", "Ada");
            body.put("LastName", "Webhook " + UUID.randomUUID());
            body.put("OverwriteExisting", false);
            long sent = System.nanoTime();
            ApiResponse added = client().operation("customers/add", body);
            assertThat(added.status()).as(added.raw()).isEqualTo(200);
            String customer = added.json().get("Id").asText();

            await().atMost(RECEIPT_TIMEOUT).until(() -> eventsFor(path, customer).size() >= 2);

            WebhookReceiver.Received first = receiver.received(path).stream()
                    .filter(request -> request.body().contains(customer)).findFirst().orElseThrow();
            assertThat(first.json().get("EnterpriseId").asText()).isEqualTo(DemoData.UK_ENTERPRISE_ID.toString());
            assertThat(eventsFor(path, customer)).contains("CustomerAdded", "CustomerUpdated");
            assertThat(Duration.ofNanos(first.receivedNanos() - sent)).isLessThan(Duration.ofSeconds(2));
        } finally {
            fixture().register(application, null, null, null, null);
        }
    }

    @Test
    void disabling_an_integration_through_the_admin_api_posts_an_integration_webhook() {
        UUID application = fixture().newApplication();
        UUID integration = fixture().newIntegration(application, IntegrationState.Enabled, DemoData.UK_ENTERPRISE_ID);
        String path = newPath();
        fixture().register(application, null, receiver.url(path), "tok-en", null);

        ApiResponse disabled = client().admin("POST", "/admin/v1/integrations/" + integration + "/disable", null);
        assertThat(disabled.status()).as(disabled.raw()).isEqualTo(200);

        JsonNode body = awaitRequests(path, 1).getFirst().json();
        assertThat(body.get("Action").asText()).isEqualTo("IntegrationDisabled");
        assertThat(body.get("Data").get("Integration").get("Id").asText()).isEqualTo(integration.toString());
        assertThat(receiver.received(path).getFirst().query()).isEqualTo("Token=tok-en");
    }

    private List<String> eventsFor(String path, String entityId) {
        List<String> found = new ArrayList<>();
        for (WebhookReceiver.Received request : receiver.received(path)) {
            request.json().get("Events").forEach(event -> {
                if (event.get("Value").get("Id").asText().equals(entityId)) {
                    found.add(event.get("Discriminator").asText());
                }
            });
        }
        return found;
    }
}
