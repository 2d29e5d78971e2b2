package dev.connector.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.demo.DemoData;
import dev.connector.events.DomainEvent;
import dev.connector.integrations.IntegrationState;
import dev.connector.testing.ApiClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IntegrationWebhooksTest extends WebhookTest {

    @Test
    void each_integration_action_posts_its_action_and_data_to_the_integration_url() {
        UUID application = fixture().newApplication();
        UUID integration = fixture().newIntegration(application, IntegrationState.Enabled, DemoData.UK_ENTERPRISE_ID);
        String generalPath = newPath();
        String integrationPath = newPath();
        fixture().register(application, receiver.url(generalPath), receiver.url(integrationPath), "partner-token-1234", null);
        Map<String, ObjectNode> actions = new LinkedHashMap<>();
        actions.put("IntegrationCreated", created(integration));
        for (String action : List.of("IntegrationEnabled", "IntegrationDisabled", "IntegrationCanceled", "IntegrationReinstated")) {
            actions.put(action, withIntegration(ApiClient.JSON.createObjectNode(), integration));
        }
        actions.put("IntegrationDeleted", withIntegration(ApiClient.JSON.createObjectNode().put("DeletedUtc", "2026-03-01T10:00:00Z"), integration));
        actions.put("IntegrationApiKeyCreated", withIntegration(ApiClient.JSON.createObjectNode(), integration).put("ApiKey", "key-123"));

        int expected = 0;
        for (Map.Entry<String, ObjectNode> action : actions.entrySet()) {
            fixture().emit(new DomainEvent.IntegrationChanged(integration, application, action.getKey(), action.getValue()));
            expected++;
            WebhookReceiver.Received request = awaitRequests(integrationPath, expected).get(expected - 1);

            assertThat(request.body()).isEqualTo("{\"Action\":\"" + action.getKey() + "\",\"Data\":" + action.getValue() + "}");
            assertThat(request.query()).isEqualTo("Token=partner-token-1234");
            assertThat(request.header("Content-Type")).isEqualTo("application/json");
            assertThat(request.header("webhook-id")).isNotBlank();
        }
        assertThat(receiver.received(generalPath)).isEmpty();
        await().atMost(RECEIPT_TIMEOUT).untilAsserted(() -> assertThat(fixture().log(application)).hasSize(7).allSatisfy(entry -> {
            assertThat(entry.get("Kind").asText()).isEqualTo("Integration");
            assertThat(entry.get("IntegrationId").asText()).isEqualTo(integration.toString());
            assertThat(entry.get("EnterpriseId").isNull()).isTrue();
            assertThat(entry.get("State").asText()).isEqualTo("Delivered");
        }));
    }

    @Test
    void an_integration_change_goes_only_to_its_own_application() {
        UUID application = fixture().newApplication();
        UUID other = fixture().newApplication();
        UUID integration = fixture().newIntegration(application, IntegrationState.Disabled, DemoData.UK_ENTERPRISE_ID);
        String path = newPath();
        String otherPath = newPath();
        fixture().register(application, null, receiver.url(path), null, null);
        fixture().register(other, receiver.url(otherPath), receiver.url(otherPath), null, null);

        fixture().emit(new DomainEvent.IntegrationChanged(integration, application, "IntegrationDisabled",
                withIntegration(ApiClient.JSON.createObjectNode(), integration)));
        JsonNode body = awaitRequests(path, 1).getFirst().json();

        assertThat(body.get("Action").asText()).isEqualTo("IntegrationDisabled");
        assertThat(receiver.received(otherPath)).isEmpty();
        assertThat(fixture().log(other)).isEmpty();
    }

    @Test
    void an_application_without_an_integration_url_gets_no_integration_webhooks() {
        UUID application = fixture().newApplication();
        UUID integration = fixture().newIntegration(application, IntegrationState.Enabled, DemoData.UK_ENTERPRISE_ID);
        String generalPath = newPath();
        fixture().register(application, receiver.url(generalPath), null, null, null);

        fixture().emit(new DomainEvent.IntegrationChanged(integration, application, "IntegrationEnabled",
                        withIntegration(ApiClient.JSON.createObjectNode(), integration)),
                new DomainEvent.CustomerAdded(DemoData.UK_ENTERPRISE_ID, UUID.randomUUID()));
        awaitRequests(generalPath, 1);

        assertThat(receiver.received(generalPath)).hasSize(1);
        assertThat(fixture().log(application)).extracting(entry -> entry.get("Kind").asText()).containsExactly("General");
    }

    private static ObjectNode created(UUID integration) {
        ObjectNode data = ApiClient.JSON.createObjectNode();
        data.putObject("Enterprise").put("Id", DemoData.UK_ENTERPRISE_ID.toString()).put("Name", "Connector Demo Hotel London");
        data.putObject("Service").put("Id", UUID.randomUUID().toString()).put("Name", "Accommodation");
        data.putObject("Requestor").put("Name", "Jane Doe").put("Email", "jane@partner.example");
        data.put("AccessToken", "9E5E84E9974D4F169662AB2200F27CB1-00B343A0DDA725CACAC028E38E3EABF");
        data.put("CreatedUtc", "2026-03-01T10:00:00Z");
        data.put("IsEnabled", true);
        return withIntegration(data, integration);
    }

    private static ObjectNode withIntegration(ObjectNode data, UUID integration) {
        data.putObject("Integration").put("Id", integration.toString()).put("Name", "Webhook test integration");
        return data;
    }
}
