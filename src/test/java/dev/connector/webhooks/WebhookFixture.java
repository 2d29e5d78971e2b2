package dev.connector.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.api.ApiJson;
import dev.connector.events.DomainEvent;
import dev.connector.events.Outbox;
import dev.connector.events.Transactions;
import dev.connector.integrations.Application;
import dev.connector.integrations.Integration;
import dev.connector.integrations.IntegrationState;
import dev.connector.integrations.IntegrationStore;
import dev.connector.integrations.Tokens;
import dev.connector.store.Database;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Test data for webhook tests on a running server's store: fresh applications and integrations (so tests do not
 * hear each other), events committed through the transactional outbox, registration through the admin API.
 */
final class WebhookFixture {

    private final Database database;
    private final Transactions transactions;
    private final ApiClient client;
    private final IntegrationStore integrations = new IntegrationStore();
    private final Tokens tokens = new Tokens();

    WebhookFixture(Database database, ApiClient client) {
        this.database = database;
        this.transactions = new Transactions(database, new Outbox(ApiJson.create(), database.dialect()), Clock.systemUTC());
        this.client = client;
    }

    UUID newApplication() {
        UUID id = UUID.randomUUID();
        transactions.write(tx -> {
            integrations.insertApplication(tx.handle(), new Application(id, "Webhook test " + id, tokens.newToken(), tx.now()));
            return null;
        });
        return id;
    }

    UUID newIntegration(UUID applicationId, IntegrationState state, UUID... enterprises) {
        UUID id = UUID.randomUUID();
        transactions.write(tx -> {
            integrations.insertIntegration(tx.handle(), new Integration(id, applicationId, "Webhook test integration",
                    tokens.newToken(), state, List.of(enterprises), tx.now(), tx.now()));
            return null;
        });
        return id;
    }

    void setState(UUID integrationId, IntegrationState state) {
        transactions.write(tx -> {
            integrations.updateState(tx.handle(), integrationId, state, tx.now());
            return null;
        });
    }

    /** Commits the events in one transaction, as a domain operation would. */
    void emit(DomainEvent... events) {
        transactions.write(tx -> {
            for (DomainEvent event : events) {
                tx.emit(event);
            }
            return null;
        });
    }

    /** Registers both URLs (either may be null) with an optional Token and SigningSecret; returns the response. */
    ApiResponse register(UUID applicationId, String generalUrl, String integrationUrl, String token, String secret) {
        ObjectNode body = ApiClient.JSON.createObjectNode();
        body.put("GeneralWebhookUrl", generalUrl);
        body.put("IntegrationWebhookUrl", integrationUrl);
        if (token != null) {
            body.put("Token", token);
        }
        if (secret != null) {
            body.put("SigningSecret", secret);
        }
        return client.admin("PUT", "/admin/v1/applications/" + applicationId + "/webhooks", body);
    }

    ApiResponse selectEvents(UUID integrationId, String... events) {
        ObjectNode body = ApiClient.JSON.createObjectNode();
        var array = body.putArray("Events");
        for (String event : events) {
            array.add(event);
        }
        return client.admin("PUT", "/admin/v1/integrations/" + integrationId + "/webhook-events", body);
    }

    /** The delivery log's entries for one application, newest first. */
    List<JsonNode> log(UUID applicationId) {
        ApiResponse response = client.admin("GET", "/admin/v1/webhook-messages?ApplicationId=" + applicationId + "&Limit=1000", null);
        if (response.status() != 200) {
            throw new AssertionError("Delivery log answered " + response.status() + ": " + response.raw());
        }
        return iterable(response.json().get("WebhookMessages"));
    }

    static List<JsonNode> iterable(JsonNode array) {
        List<JsonNode> items = new java.util.ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    Database database() {
        return database;
    }

    Transactions transactions() {
        return transactions;
    }
}
