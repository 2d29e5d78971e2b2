package dev.connector.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.app.Config;
import dev.connector.demo.DemoData;
import dev.connector.demo.DemoIds;
import dev.connector.events.DomainEvent;
import dev.connector.integrations.Application;
import dev.connector.integrations.Integration;
import dev.connector.integrations.IntegrationState;
import dev.connector.integrations.IntegrationStore;
import dev.connector.integrations.Tokens;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;

/**
 * Base of the fault tests: a real server per store with quick webhook retries (200 ms, 400 ms) and a 3 s timeout,
 * helpers for rules, and fresh applications so that tests do not hear each other. Rules are removed after each test.
 */
abstract class FaultsTest extends BothStoresTest {

    static final String FAULTS = "/admin/v1/sandbox/faults";
    static final UUID UK = DemoData.UK_ENTERPRISE_ID;
    static final UUID DEMO_APPLICATION = DemoIds.of("application/1");

    @Override
    protected Config configure(Config defaults) {
        return defaults.withWebhooks(defaults.webhooks()
                .withBatching(Duration.ofMillis(50), 500)
                .withTimeout(Duration.ofSeconds(3))
                .withRetryDelays(List.of(Duration.ofMillis(200), Duration.ofMillis(400)))
                .withPollInterval(Duration.ofMillis(100)));
    }

    @AfterEach
    void removeRules() {
        if (!server.connector().config().sandbox()) {
            return;
        }
        for (JsonNode rule : rules()) {
            client().admin("DELETE", FAULTS + "/" + rule.get("Id").asText(), null);
        }
    }

    static ObjectNode rule(String target, String fault) {
        ObjectNode rule = ApiClient.JSON.createObjectNode();
        rule.put("Target", target);
        rule.put("Fault", fault);
        return rule;
    }

    /** Adds the rule, which must be accepted; returns it as answered. */
    JsonNode add(ObjectNode rule) {
        ApiResponse response = client().admin("POST", FAULTS, rule);
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.json();
    }

    List<JsonNode> rules() {
        ApiResponse response = client().admin("GET", FAULTS, null);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        List<JsonNode> rules = new ArrayList<>();
        response.json().get("FaultRules").forEach(rules::add);
        return rules;
    }

    JsonNode stored(JsonNode rule) {
        return rules().stream().filter(each -> each.get("Id").equals(rule.get("Id"))).findFirst().orElseThrow();
    }

    /** A new application with an enabled integration on the UK hotel. */
    UUID newApplication() {
        UUID applicationId = UUID.randomUUID();
        IntegrationStore integrations = new IntegrationStore();
        Tokens tokens = new Tokens();
        server.connector().transactions().write(tx -> {
            integrations.insertApplication(tx.handle(), new Application(applicationId, "Fault test " + applicationId,
                    tokens.newToken(), tx.now()));
            integrations.insertIntegration(tx.handle(), new Integration(UUID.randomUUID(), applicationId,
                    "Fault test integration", tokens.newToken(), IntegrationState.Enabled, List.of(UK), tx.now(),
                    tx.now()));
            return null;
        });
        return applicationId;
    }

    void registerWebhooks(UUID applicationId, String url) {
        ObjectNode body = ApiClient.JSON.createObjectNode();
        body.put("GeneralWebhookUrl", url);
        ApiResponse response = client().admin("PUT", "/admin/v1/applications/" + applicationId + "/webhooks", body);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
    }

    /** Commits a change of a UK room, as a domain operation would; returns the room's id. */
    UUID changeRoom() {
        UUID id = UUID.randomUUID();
        server.connector().transactions().write(tx -> {
            tx.emit(new DomainEvent.ResourceUpdated(UK, id, "Dirty"));
            return null;
        });
        return id;
    }

    /** The delivery log of one application, newest first. */
    List<JsonNode> log(UUID applicationId) {
        ApiResponse response = client().admin("GET", "/admin/v1/webhook-messages?ApplicationId=" + applicationId, null);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        List<JsonNode> messages = new ArrayList<>();
        response.json().get("WebhookMessages").forEach(messages::add);
        return messages;
    }

    static List<String> attemptErrors(JsonNode message) {
        List<String> errors = new ArrayList<>();
        message.get("Attempts").forEach(attempt -> errors.add(attempt.get("Error").asText(null)));
        return errors;
    }

    /** The value of {@code connector_faults_injected_total} for one target and fault, 0 when never counted. */
    double injectedMetric(String target, String fault) {
        String text = client().send("GET", "/metrics", null, java.util.Map.of()).raw();
        for (String line : text.split("\n")) {
            if (line.startsWith("connector_faults_injected_total{") && line.contains("target=\"" + target + "\"")
                    && line.contains("fault=\"" + fault + "\"")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return 0;
    }
}
