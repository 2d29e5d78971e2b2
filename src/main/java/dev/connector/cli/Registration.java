package dev.connector.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An application's webhook registration as read from the admin API: its two URLs and, when asked for, the event
 * selection of each of its integrations. Saved before {@code listen} changes anything, and put back when it stops.
 * Token and signing secret are never sent, so the server keeps them as they are.
 */
record Registration(String applicationId, String generalUrl, String integrationUrl, Map<String, JsonNode> selections) {

    Registration {
        selections = Collections.unmodifiableMap(new LinkedHashMap<>(selections));
    }

    static Registration read(AdminClient client, String applicationId, boolean withSelections) {
        JsonNode endpoint = client.get(webhooksPath(applicationId));
        Map<String, JsonNode> selections = new LinkedHashMap<>();
        if (withSelections) {
            for (String integrationId : integrationsOf(client, applicationId)) {
                selections.put(integrationId, client.get(eventsPath(integrationId)).path("Events").deepCopy());
            }
        }
        return new Registration(applicationId, text(endpoint, "GeneralWebhookUrl"), text(endpoint, "IntegrationWebhookUrl"),
                selections);
    }

    /**
     * Sends everything of the application to {@code url} and, when {@code events} is given, selects those events
     * for each integration this registration knows. Answers the server's time of the change.
     */
    Instant forwardTo(AdminClient client, String url, List<String> events) {
        AdminClient.Reply registered = client.put(webhooksPath(applicationId), urls(client, url, url));
        if (events != null) {
            for (String integrationId : selections.keySet()) {
                ObjectNode body = client.json().createObjectNode();
                ArrayNode names = body.putArray("Events");
                events.forEach(names::add);
                client.put(eventsPath(integrationId), body);
            }
        }
        return registered.serverTime().orElseGet(Instant::now);
    }

    /** Puts this registration back; answers what could not be put back, one message each (empty when all was). */
    List<String> restore(AdminClient client) {
        List<String> failures = new ArrayList<>();
        try {
            client.put(webhooksPath(applicationId), urls(client, generalUrl, integrationUrl));
        } catch (CliFailure e) {
            failures.add("the webhook URLs: " + e.getMessage());
        }
        selections.forEach((integrationId, events) -> {
            try {
                ObjectNode body = client.json().createObjectNode();
                body.set("Events", events);
                client.put(eventsPath(integrationId), body);
            } catch (CliFailure e) {
                failures.add("the events of integration " + integrationId + ": " + e.getMessage());
            }
        });
        return failures;
    }

    String describe() {
        return "General " + orNone(generalUrl) + ", Integration " + orNone(integrationUrl);
    }

    private static List<String> integrationsOf(AdminClient client, String applicationId) {
        List<String> ids = new ArrayList<>();
        for (JsonNode integration : client.get("/admin/v1/integrations").path("Integrations")) {
            if (applicationId.equalsIgnoreCase(integration.path("ApplicationId").asText())
                    && !"Deleted".equals(integration.path("State").asText())) {
                ids.add(integration.path("Id").asText());
            }
        }
        return ids;
    }

    private static ObjectNode urls(AdminClient client, String general, String integration) {
        ObjectNode body = client.json().createObjectNode();
        body.put("GeneralWebhookUrl", general);
        body.put("IntegrationWebhookUrl", integration);
        return body;
    }

    private static String webhooksPath(String applicationId) {
        return "/admin/v1/applications/" + applicationId + "/webhooks";
    }

    private static String eventsPath(String integrationId) {
        return "/admin/v1/integrations/" + integrationId + "/webhook-events";
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    private static String orNone(String url) {
        return url == null ? "none" : url;
    }
}
