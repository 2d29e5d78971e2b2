package dev.connector.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connector.demo.DemoData;
import dev.connector.events.DomainEvent;
import dev.connector.integrations.IntegrationState;
import dev.connector.testing.RunningConnector;
import dev.connector.testing.StoreKind;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Outside sandbox mode, webhooks never reach the server's own network unless the operator allows it. */
class PrivateWebhookTargetsTest {

    @Test
    void production_mode_refuses_loopback_targets() {
        try (WebhookReceiver receiver = WebhookReceiver.start();
             RunningConnector server = RunningConnector.start(StoreKind.SQLITE, config -> config.withSandbox(false)
                     .withWebhooks(config.webhooks().withRetryDelays(List.of()).withPollInterval(Duration.ofMillis(100))))) {
            JsonNode message = deliverOne(server, receiver);

            assertThat(message.get("State").asText()).isEqualTo("Abandoned");
            assertThat(message.get("Attempts").get(0).get("Error").asText()).contains("--allow-private-webhook-targets");
            assertThat(receiver.all()).isEmpty();
        }
    }

    @Test
    void production_mode_delivers_to_private_targets_when_allowed() {
        try (WebhookReceiver receiver = WebhookReceiver.start();
             RunningConnector server = RunningConnector.start(StoreKind.SQLITE, config -> config.withSandbox(false)
                     .withWebhooks(config.webhooks().withAllowPrivateTargets(true).withPollInterval(Duration.ofMillis(100))))) {
            JsonNode message = deliverOne(server, receiver);

            assertThat(message.get("State").asText()).isEqualTo("Delivered");
            assertThat(receiver.all()).hasSize(1);
        }
    }

    private static JsonNode deliverOne(RunningConnector server, WebhookReceiver receiver) {
        WebhookFixture fixture = new WebhookFixture(server.connector().database(), server.client());
        UUID application = fixture.newApplication();
        fixture.newIntegration(application, IntegrationState.Enabled, DemoData.UK_ENTERPRISE_ID);
        assertThat(fixture.register(application, receiver.url("/hooks"), null, null, null).status()).isEqualTo(200);
        fixture.emit(new DomainEvent.CustomerAdded(DemoData.UK_ENTERPRISE_ID, UUID.randomUUID()));
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            List<JsonNode> log = fixture.log(application);
            return log.size() == 1 && !log.getFirst().get("State").asText().matches("Pending|Failed");
        });
        return fixture.log(application).getFirst();
    }
}
