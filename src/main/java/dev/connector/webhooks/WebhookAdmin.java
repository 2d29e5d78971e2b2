package dev.connector.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connector.api.Require;
import dev.connector.api.ApiJson;
import dev.connector.api.Conflict;
import dev.connector.api.InvalidRequest;
import dev.connector.api.NotFound;
import dev.connector.events.Transactions;
import dev.connector.http.HttpRoutes;
import dev.connector.store.Filter;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The admin API of webhooks (behind the admin token guard): registration of URLs, tokens and signing secrets,
 * event selection per integration, the delivery log and replay.
 */
final class WebhookAdmin implements HttpRoutes {

    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 1000;

    record ReplayResult(int replayedCount) {
    }

    private final WebhookRegistrations registrations;
    private final Transactions transactions;
    private final WebhookStore store;
    private final ObjectMapper json;
    private final Runnable onReplay;

    /** {@code onReplay} is told after the commit of messages queued again. */
    WebhookAdmin(WebhookRegistrations registrations, Transactions transactions, WebhookStore store, ObjectMapper json,
                 Runnable onReplay) {
        this.registrations = registrations;
        this.transactions = transactions;
        this.store = store;
        this.json = json;
        this.onReplay = onReplay;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/admin/v1/applications/{id}/webhooks",
                ctx -> respond(ctx, registrations.endpoint(id(ctx))));
        routes.put("/admin/v1/applications/{id}/webhooks",
                ctx -> respond(ctx, registrations.register(id(ctx), endpointChange(body(ctx)))));
        routes.get("/admin/v1/integrations/{id}/webhook-events",
                ctx -> respond(ctx, registrations.selection(id(ctx))));
        routes.put("/admin/v1/integrations/{id}/webhook-events",
                ctx -> respond(ctx, registrations.select(id(ctx), eventNames(body(ctx)))));
        routes.get("/admin/v1/webhook-messages", this::list);
        routes.get("/admin/v1/webhook-messages/{id}", ctx -> respond(ctx, one(id(ctx))));
        routes.post("/admin/v1/webhook-messages/{id}/replay", this::replayOne);
        routes.post("/admin/v1/webhook-messages/replay", this::replayMany);
    }

    private void list(Context ctx) throws IOException {
        Filter filter = Filter.where()
                .eq("application_id", uuidParam(ctx, "ApplicationId"))
                .eq("integration_id", uuidParam(ctx, "IntegrationId"))
                .eq("enterprise_id", uuidParam(ctx, "EnterpriseId"))
                .eq("state", enumParam(ctx, "State", MessageState.class))
                .eq("kind", enumParam(ctx, "Kind", MessageKind.class));
        Instant since = instantParam(ctx, "Since");
        if (since != null) {
            filter.sql("created_utc >= :since", Map.of("since", since));
        }
        int limit = limitParam(ctx);
        UUID cursor = uuidParam(ctx, "Cursor");
        WebhookMessageLog page = transactions.read(handle -> {
            Long beforeSeq = null;
            if (cursor != null) {
                beforeSeq = store.seqOf(handle, cursor)
                        .orElseThrow(() -> new InvalidRequest("Cursor does not identify a webhook message."));
            }
            List<WebhookMessageLog.Entry> entries = store.log(handle, filter, beforeSeq, limit);
            return new WebhookMessageLog(entries, entries.isEmpty() ? null : entries.getLast().id());
        });
        respond(ctx, page);
    }

    private WebhookMessageLog.Entry one(UUID messageId) {
        return transactions.read(handle -> store.log(handle, Filter.where().eq("id", messageId), null, 1))
                .stream()
                .findFirst()
                .orElseThrow(() -> new NotFound("There is no webhook message " + messageId + "."));
    }

    private void replayOne(Context ctx) throws IOException {
        UUID messageId = id(ctx);
        boolean replayed = transactions.write(tx -> {
            if (store.seqOf(tx.handle(), messageId).isEmpty()) {
                throw new NotFound("There is no webhook message " + messageId + ".");
            }
            return store.replay(tx.handle(), messageId, tx.now());
        });
        if (!replayed) {
            throw new Conflict("Only a Delivered or Abandoned message can be replayed; this one is still being sent.");
        }
        onReplay.run();
        respond(ctx, one(messageId));
    }

    private void replayMany(Context ctx) throws IOException {
        JsonNode body = body(ctx);
        UUID applicationId = uuidField(body, "ApplicationId");
        JsonNode sinceNode = body.get("Since");
        if (sinceNode == null || !sinceNode.isTextual()) {
            throw new InvalidRequest("Since is required: the ISO 8601 time from which Abandoned messages are replayed.");
        }
        Instant since = instant("Since", sinceNode.asText());
        int count = transactions.write(tx -> store.replayAbandoned(tx.handle(), applicationId, since, tx.now()));
        if (count > 0) {
            onReplay.run();
        }
        respond(ctx, new ReplayResult(count));
    }

    // ---- request reading ----

    private JsonNode body(Context ctx) {
        JsonNode body;
        try {
            body = json.readTree(ctx.bodyAsBytes());
        } catch (IOException e) {
            throw new InvalidRequest("The body is not valid JSON.", e.getMessage());
        }
        if (body == null || !body.isObject()) {
            throw new InvalidRequest("The body must be a JSON object.");
        }
        return body;
    }

    private static EndpointChange endpointChange(JsonNode body) {
        return new EndpointChange(url(body, "GeneralWebhookUrl"), url(body, "IntegrationWebhookUrl"),
                secretChange(body, "Token", false), secretChange(body, "SigningSecret", true));
    }

    private static String url(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new InvalidRequest(field + " must be a URL string or null.");
        }
        try {
            return WebhookUrls.validate(field, node.asText()).toString();
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest(e.getMessage());
        }
    }

    private static EndpointChange.SecretChange secretChange(JsonNode body, String field, boolean generatable) {
        JsonNode node = body.get(field);
        if (node == null) {
            return new EndpointChange.Keep();
        }
        if (node.isNull()) {
            return new EndpointChange.Remove();
        }
        if (!node.isTextual() || node.asText().isBlank() || node.asText().length() > 1000) {
            throw new InvalidRequest(field + " must be a non-empty string of at most 1000 characters, or null to remove it.");
        }
        if (generatable && node.asText().equals("generate")) {
            return new EndpointChange.Generate();
        }
        return new EndpointChange.Set(node.asText());
    }

    private static List<String> eventNames(JsonNode body) {
        JsonNode events = body.get("Events");
        if (events == null || !events.isArray()) {
            throw new InvalidRequest("Events is required: an array of General Webhook event names, such as [\"CustomerAdded\"].");
        }
        List<String> names = new ArrayList<>();
        for (JsonNode event : events) {
            if (!event.isTextual()) {
                throw new InvalidRequest("Events must contain event names (strings), not " + event + ".");
            }
            names.add(event.asText());
        }
        return names;
    }

    private static UUID id(Context ctx) {
        return Require.identifier(ctx.pathParam("id"), "the identifier in the path");
    }

    private static UUID uuidParam(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : Require.identifier(value, name);
    }

    private static UUID uuidField(JsonNode body, String name) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new InvalidRequest(name + " must be an identifier string.");
        }
        return Require.identifier(node.asText(), name);
    }

    private static <E extends Enum<E>> E enumParam(Context ctx, String name, Class<E> type) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw new InvalidRequest(name + " must be one of " + List.of(type.getEnumConstants()) + ", not '" + value + "'.");
    }

    private static Instant instantParam(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : instant(name, value);
    }

    private static Instant instant(String name, String value) {
        try {
            return ApiJson.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequest(name + " must be an ISO 8601 time with an offset, such as 2026-01-31T12:00:00Z.");
        }
    }

    private static int limitParam(Context ctx) {
        String value = ctx.queryParam("Limit");
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidRequest("Limit must be a whole number from 1 to " + MAX_LIMIT + ", not '" + value + "'.");
    }

    private void respond(Context ctx, Object body) throws JsonProcessingException {
        ctx.status(200).contentType("application/json; charset=utf-8").result(json.writeValueAsString(body));
    }
}
