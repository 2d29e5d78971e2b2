package dev.connector.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A small client of a running server's admin API. Every failure (no server, a refused token, an error answer)
 * becomes a {@link CliFailure} whose message is the one line to show. Thread-safe.
 */
final class AdminClient {

    /** The admin token and where it was found, so that a refusal can say which one was wrong. */
    record Token(String value, String source) {
    }

    /** A 2xx answer: its JSON body, and the server's clock as its Date header gives it (to the second). */
    record Reply(JsonNode body, Optional<Instant> serverTime) {
    }

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

    private final URI base;
    private final Token token;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    AdminClient(URI base, Token token) {
        this.base = base;
        this.token = token;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    }

    URI base() {
        return base;
    }

    ObjectMapper json() {
        return json;
    }

    JsonNode get(String path) {
        return send("GET", path, null).body();
    }

    Reply put(String path, JsonNode body) {
        return send("PUT", path, body);
    }

    Reply post(String path, JsonNode body) {
        return send("POST", path, body);
    }

    private Reply send(String method, String path, JsonNode body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token.value())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliFailure("Interrupted while waiting for the server at " + base + ".");
        } catch (IOException | UnresolvedAddressException e) {
            throw unreachable(e);
        }
        JsonNode answer = parse(response.body());
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            if (answer == null) {
                throw new CliFailure("The server at " + base + " answered " + method + " " + path
                        + " with something that is not JSON; is --url the address of a Connector server?");
            }
            return new Reply(answer, response.headers().firstValue("Date").flatMap(AdminClient::httpDate));
        }
        String message = answer != null && answer.path("Message").isTextual() ? answer.get("Message").asText() : null;
        if (message == null) {
            throw new CliFailure("The server at " + base + " answered " + method + " " + path + " with HTTP " + status
                    + " and no Connector error message; is --url the address of a Connector server?");
        }
        if (status == 401) {
            throw new CliFailure("The server at " + base + " refused the admin token from " + token.source() + ": "
                    + message + " Pass the server's token with --admin-token or $" + ServerOptions.TOKEN_VARIABLE + ".");
        }
        throw new CliFailure(message + " (HTTP " + status + ")");
    }

    private CliFailure unreachable(Exception e) {
        if (e instanceof HttpConnectTimeoutException) {
            return new CliFailure("No server answers at " + base + " (the connection timed out after "
                    + CONNECT_TIMEOUT.toSeconds() + " s). Start one with ./connector serve, or pass --url.");
        }
        if (e instanceof HttpTimeoutException) {
            return new CliFailure("The server at " + base + " did not answer within " + REQUEST_TIMEOUT.toSeconds() + " s.");
        }
        if (e instanceof ConnectException || e instanceof UnresolvedAddressException
                || e.getCause() instanceof UnresolvedAddressException) {
            return new CliFailure("No server answers at " + base + ". Start one with ./connector serve, or pass --url.");
        }
        return new CliFailure("Cannot talk to the server at " + base + ": "
                + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
    }

    private JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }

    private static Optional<Instant> httpDate(String value) {
        try {
            return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
