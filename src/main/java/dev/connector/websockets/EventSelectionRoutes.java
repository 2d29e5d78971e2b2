package dev.connector.websockets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connector.api.InvalidRequest;
import dev.connector.api.NotFound;
import dev.connector.events.Transactions;
import dev.connector.http.HttpRoutes;
import dev.connector.integrations.IntegrationStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * {@code GET|PUT /admin/v1/integrations/{id}/websocket-events}: which of the four event types an integration
 * receives over WebSockets ({@code {"Events": ["Reservation", ...]}}; all of them until chosen). Open sockets of the
 * integration follow the change at once on this node, and within the recheck interval on the others.
 */
final class EventSelectionRoutes implements HttpRoutes {

    static final String PATH = "/admin/v1/integrations/{id}/websocket-events";

    /** The admin API's view of a selection. */
    record Selection(UUID integrationId, List<EventKind> events) {
        static Selection of(UUID integrationId, Set<EventKind> kinds) {
            return new Selection(integrationId, kinds.stream().sorted().toList());
        }
    }

    private final Transactions transactions;
    private final IntegrationStore integrations;
    private final EventSelections selections;
    private final ObjectMapper json;
    private final Hub hub;

    EventSelectionRoutes(Transactions transactions, IntegrationStore integrations, EventSelections selections,
                         ObjectMapper json, Hub hub) {
        this.transactions = transactions;
        this.integrations = integrations;
        this.selections = selections;
        this.json = json;
        this.hub = hub;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get(PATH, this::show);
        routes.put(PATH, this::choose);
    }

    private void show(Context ctx) {
        UUID integrationId = integrationId(ctx);
        Set<EventKind> kinds = transactions.read(handle -> {
            requireIntegration(handle, integrationId);
            return selections.of(handle, integrationId);
        });
        respond(ctx, Selection.of(integrationId, kinds));
    }

    private void choose(Context ctx) {
        UUID integrationId = integrationId(ctx);
        Set<EventKind> kinds = EventKind.parse("Events", eventNames(ctx.body()));
        transactions.write(tx -> {
            requireIntegration(tx.handle(), integrationId);
            selections.choose(tx.handle(), integrationId, kinds, tx.now());
            return null;
        });
        hub.integrationChanged(integrationId);
        respond(ctx, Selection.of(integrationId, kinds));
    }

    private List<String> eventNames(String body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidRequest("The body must be a JSON object such as {\"Events\": [\"Reservation\"]}.", e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidRequest("The body must be a JSON object such as {\"Events\": [\"Reservation\"]}.");
        }
        JsonNode events = root.get("Events");
        if (events == null || !events.isArray()) {
            throw new InvalidRequest("Events is required: an array of event types out of " + EventKind.names() + ".");
        }
        List<String> names = new ArrayList<>();
        for (JsonNode event : events) {
            if (!event.isTextual()) {
                throw new InvalidRequest("Events must contain event type names out of " + EventKind.names() + ", not " + event + ".");
            }
            names.add(event.asText());
        }
        return names;
    }

    private void requireIntegration(org.jdbi.v3.core.Handle handle, UUID integrationId) {
        if (integrations.integration(handle, integrationId).isEmpty()) {
            throw new NotFound("There is no integration " + integrationId + ".");
        }
    }

    private void respond(Context ctx, Selection selection) {
        try {
            ctx.contentType("application/json; charset=utf-8").result(json.writeValueAsString(selection));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + selection, e);
        }
    }

    private static UUID integrationId(Context ctx) {
        String text = ctx.pathParam("id");
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("The integration id '" + text + "' is not a valid identifier.");
        }
    }
}
