package dev.connector.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connector.api.Require;
import dev.connector.api.Conflict;
import dev.connector.api.InvalidRequest;
import dev.connector.api.NotFound;
import dev.connector.events.Transactions;
import dev.connector.http.HttpRoutes;
import dev.connector.store.Filter;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The admin API of webhooks (behind the admin token guard): registration of URLs, tokens and signing secrets,
 * event selection per integration, the delivery log and replay.
 */
final class WebhookAdmin implements HttpRoutes {

    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 1000;
    private static final Duration MAX_GRACE = Duration.ofDays(30);

    record ReplayResult(int replayedCount) {
    }

    private final WebhookRegistrations registrations;
    private final Transactions transactions;
    private final WebhookStore store;
    private final ObjectMapper json;
    private final Runnable onReplay;
    private final Clock clock;

    /** {@code onReplay} is told after the commit of messages queued again. */
    WebhookAdmin(WebhookRegistrations registrations, Transactions transactions, WebhookStore store, ObjectMapper json,
                 Runnable onReplay, Clock clock) {
        this.clock = clock;
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
        routes.get("/admin/v1/webhook-messages/{id}", ctx -> respond(ctx, detail(id(ctx))));
        routes.post("/admin/v1/applications/{id}/webhooks/rotate-secret", this::rotateSecret);
        routes.post("/admin/v1/webhook-messages/{id}/replay", this::replayOne);
        routes.post("/admin/v1/webhook-messages/replay", this::replayMany);
    }

    private void list(Context ctx) throws IOException {
        Filter filter = DeliveryQuery.fromQuery(ctx::queryParam).filter();
        int limit = limitParam(ctx);
        UUID cursor = uuidParam(ctx, "Cursor");
        WebhookMessageLog page = transactions.read(handle -> {
            Long beforeSeq = null;
            if (cursor != null) {
                beforeSeq = store.seqOf(handle, cursor)
                        .orElseThrow(() -> new InvalidRequest("Cursor does not identify a webhook message."));
            }
            List<WebhookMessageLog.Entry> entries = store.log(handle, filter, beforeSeq, limit);
            // No cursor after the last page, so a reader knows it has seen everything.
            return new WebhookMessageLog(entries, entries.size() < limit ? null : entries.getLast().id());
        });
        respond(ctx, page);
    }

    /** One message with where it goes and the headers of each attempt. */
    private DeliveryDetail detail(UUID messageId) {
        return transactions.read(handle -> {
            WebhookMessageLog.Entry entry = store.log(handle, Filter.where().eq("id", messageId), null, 1).stream()
                    .findFirst()
                    .orElseThrow(() -> new NotFound("There is no webhook message " + messageId + "."));
            WebhookEndpoint endpoint = store.endpoint(handle, entry.applicationId())
                    .orElse(WebhookEndpoint.none(entry.applicationId()));
            return DeliveryDetail.of(entry, endpoint, clock.instant());
        });
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
        respond(ctx, detail(messageId));
    }

    /** Replays every Delivered or Abandoned message the filters match (the delivery log's filters, in the body). */
    private void replayMany(Context ctx) throws IOException {
        DeliveryQuery query = DeliveryQuery.fromBody(body(ctx));
        if (query.isEmpty()) {
            throw new InvalidRequest("Name at least one filter of " + DeliveryQuery.NAMES
                    + ", so that a replay never resends the whole delivery log by accident.");
        }
        int count = transactions.write(tx -> store.replayMatching(tx.handle(), query.filter(), tx.now()));
        if (count > 0) {
            onReplay.run();
        }
        respond(ctx, new ReplayResult(count));
    }

    private void rotateSecret(Context ctx) throws IOException {
        UUID applicationId = id(ctx);
        Duration grace = null;
        if (ctx.bodyAsBytes().length > 0) {
            JsonNode node = body(ctx).get("GraceSeconds");
            if (node != null && !node.isNull()) {
                if (!node.canConvertToLong() || !node.isIntegralNumber() || node.asLong() < 0
                        || node.asLong() > MAX_GRACE.toSeconds()) {
                    throw new InvalidRequest("GraceSeconds must be a whole number of seconds from 0 to "
                            + MAX_GRACE.toSeconds() + ".");
                }
                grace = Duration.ofSeconds(node.asLong());
            }
        }
        respond(ctx, registrations.rotate(applicationId, grace));
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
