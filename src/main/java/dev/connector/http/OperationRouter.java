package dev.connector.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connector.api.ApiException;
import dev.connector.api.Caller;
import dev.connector.api.InvalidRequest;
import dev.connector.api.NotFound;
import dev.connector.api.Operations;
import dev.connector.clock.EnterpriseTime;
import dev.connector.integrations.Authenticator;
import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves {@code POST /api/connector/v1/{resource}/{action}}: every convention of API Operations in one place
 * (exact paths, 405 for other methods, body checks, tokens, rate limit, binding, Prefer, metrics).
 */
public final class OperationRouter {

    static final String PREFIX = "/api/connector/v1/";

    private final Operations operations;
    private final Authenticator authenticator;
    private final RateLimit rateLimit;
    private final ObjectMapper json;
    private final EnterpriseTime time;
    private final MeterRegistry meters;
    private final List<OperationListener> listeners;
    private final Map<String, Map<String, Timer>> timers = new ConcurrentHashMap<>();

    public OperationRouter(Operations operations, Authenticator authenticator, RateLimit rateLimit, ObjectMapper json,
                           EnterpriseTime time, MeterRegistry meters, List<OperationListener> listeners) {
        this.listeners = List.copyOf(listeners);
        this.operations = operations;
        this.authenticator = authenticator;
        this.rateLimit = rateLimit;
        this.json = json;
        this.time = time;
        this.meters = meters;
    }

    void handle(Context ctx) throws IOException {
        String path = ctx.path().substring(PREFIX.length());
        Operations.Registered<?> registered = operations.find(path);
        if (registered == null) {
            throw new NotFound("There is no operation at " + ctx.path() + ".");
        }
        if (!"POST".equals(ctx.method().name())) {
            ctx.header("Allow", "POST");
            throw new MethodNotAllowed(ctx.method().name(), ctx.path());
        }
        long started = System.nanoTime();
        String outcome = "error";
        OperationCall[] call = {OperationCall.unauthenticated(path, RequestIds.of(ctx))};
        int status = 500;
        try {
            respond(ctx, registered, path, call);
            status = ctx.statusCode();
            outcome = String.valueOf(status);
        } catch (ApiException e) {
            status = e.status();
            outcome = String.valueOf(status);
            throw e;
        } finally {
            long elapsed = System.nanoTime() - started;
            for (OperationListener listener : listeners) {
                listener.afterOperation(call[0], status, elapsed);
            }
            timer(path, outcome).record(elapsed, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    /** The timer of a path and status, built once: building one per request showed in profiles of reads. */
    private Timer timer(String path, String outcome) {
        return timers.computeIfAbsent(path, p -> new ConcurrentHashMap<>()).computeIfAbsent(outcome, status ->
                Timer.builder("connector.operations")
                        .description("API Operations by path and status")
                        .tag("operation", path)
                        .tag("status", status)
                        .publishPercentileHistogram()
                        .register(meters));
    }

    private <Q> void respond(Context ctx, Operations.Registered<Q> registered, String path, OperationCall[] call)
            throws IOException {
        JsonNode body = RequestBodies.readObject(json, ctx.bodyAsBytes());
        String client = text(body, "Client");
        if (client == null || client.isBlank()) {
            throw new InvalidRequest("Client is required: the name and version of the calling application.");
        }
        String languageCode = text(body, "LanguageCode");
        String cultureCode = text(body, "CultureCode");
        if ((languageCode == null) != (cultureCode == null)) {
            throw new InvalidRequest("LanguageCode and CultureCode must be sent together, or neither.");
        }
        Authenticator.Grant grant = authenticator.authenticate(text(body, "ClientToken"), text(body, "AccessToken"));
        rateLimit.acquire(grant.integrationId());
        call[0] = new OperationCall(path, call[0].requestId(), grant.applicationId(), grant.integrationId(),
                grant.enterpriseIds());
        for (OperationListener listener : listeners) {
            listener.beforeOperation(call[0]);
        }
        // The operation lives at the time of the one enterprise it concerns (its test clock in a sandbox).
        UUID enterpriseId = enterpriseOf(grant, body);
        Caller caller = new Caller(grant.applicationId(), grant.integrationId(), grant.enterpriseIds(),
                grant.chainIds(), RequestIds.of(ctx), time.now(enterpriseId), languageCode, cultureCode, baseUrl(ctx));
        Q request = RequestBodies.bind(json, body, registered.requestType());
        Object result = time.at(enterpriseId, () -> registered.operation().handle(request, caller));
        write(ctx, result);
    }

    /** The token's only enterprise, or the one the request names among the token's; null for several. */
    private static UUID enterpriseOf(Authenticator.Grant grant, JsonNode body) {
        if (grant.enterpriseIds().size() == 1) {
            return grant.enterpriseIds().get(0);
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = body.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equalsIgnoreCase("EnterpriseId") && field.getValue().isTextual()) {
                try {
                    UUID enterpriseId = UUID.fromString(field.getValue().textValue());
                    return grant.enterpriseIds().contains(enterpriseId) ? enterpriseId : null;
                } catch (IllegalArgumentException e) {
                    return null; // the operation's own binding reports the malformed id
                }
            }
        }
        return null;
    }

    /**
     * The scheme and host the client used, as a reverse proxy forwards them ({@code X-Forwarded-Proto} and
     * {@code X-Forwarded-Host}) or else as this server saw the request.
     */
    private static String baseUrl(Context ctx) {
        String proto = ctx.header("X-Forwarded-Proto");
        String host = ctx.header("X-Forwarded-Host");
        String scheme = proto == null || proto.isBlank() ? ctx.scheme() : proto.split(",")[0].trim();
        String authority = host == null || host.isBlank() ? ctx.host() : host.split(",")[0].trim();
        return authority == null ? null : scheme + "://" + authority;
    }

    /** A top-level string property, matched case-insensitively like the binder does; non-text is a 400. */
    private static String text(JsonNode body, String name) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = body.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equalsIgnoreCase(name)) {
                JsonNode value = field.getValue();
                if (value.isNull()) {
                    return null;
                }
                if (!value.isTextual()) {
                    throw new InvalidRequest(name + " must be a string.",
                            name + " must be a string, but was " + BindingErrors.sent(value) + ".");
                }
                return value.textValue();
            }
        }
        return null;
    }

    private void write(Context ctx, Object result) throws IOException {
        boolean minimal = ctx.header("Prefer") != null && ctx.header("Prefer").toLowerCase().contains("return=minimal");
        if (minimal) {
            JsonNode tree = result == null ? json.createObjectNode() : json.valueToTree(result);
            if (isEmptyResult(tree)) {
                ctx.status(204);
                // A 204 has no body, so it must not claim a type either (Javalin sets text/plain by default).
                ctx.res().setContentType(null);
                return;
            }
        }
        ctx.status(200);
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(result == null ? "{}".getBytes() : json.writeValueAsBytes(result));
    }

    /** An empty object, or a page whose every property is null or an empty array. */
    static boolean isEmptyResult(JsonNode tree) {
        if (!tree.isObject()) {
            return false;
        }
        for (JsonNode value : tree) {
            boolean empty = value.isNull() || (value.isArray() && value.isEmpty());
            if (!empty) {
                return false;
            }
        }
        return true;
    }

    /** Another method than POST on a known operation path. */
    static final class MethodNotAllowed extends RuntimeException {
        MethodNotAllowed(String method, String path) {
            super("The method " + method + " is not allowed on " + path + "; use POST.");
        }
    }
}
