package dev.connector.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.demo.DemoCredentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A plain HTTP client for tests: API Operations with the demo tokens, admin calls, anything raw. */
public final class ApiClient {

    public static final ObjectMapper JSON = new ObjectMapper();

    /** First demo application, UK hotel (gross). */
    public static final Tokens UK = new Tokens(DemoCredentials.APPLICATIONS.get(0).clientToken(),
            DemoCredentials.APPLICATIONS.get(0).ukAccessToken());
    /** First demo application, US hotel (net). */
    public static final Tokens US = new Tokens(DemoCredentials.APPLICATIONS.get(0).clientToken(),
            DemoCredentials.APPLICATIONS.get(0).usAccessToken());
    /** First demo application, both hotels. */
    public static final Tokens PORTFOLIO = new Tokens(DemoCredentials.APPLICATIONS.get(0).clientToken(),
            DemoCredentials.PORTFOLIO_ACCESS_TOKEN);

    /** A ClientToken and AccessToken pair. */
    public record Tokens(String clientToken, String accessToken) {
    }

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public ApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A request body with the given tokens and a Client name, ready for operation-specific fields. */
    public static ObjectNode body(Tokens tokens) {
        ObjectNode body = JSON.createObjectNode();
        body.put("ClientToken", tokens.clientToken());
        body.put("AccessToken", tokens.accessToken());
        body.put("Client", "Connector tests 1.0");
        return body;
    }

    /** A request body with the given tokens and a Limitation of {@code count} items. */
    public static ObjectNode limited(Tokens tokens, int count) {
        ObjectNode body = body(tokens);
        body.putObject("Limitation").put("Count", count);
        return body;
    }

    /** {@code POST /api/connector/v1/{operation}} with a JSON body. */
    public ApiResponse operation(String operation, JsonNode body) {
        return send("POST", "/api/connector/v1/" + operation, body.toString(), Map.of());
    }

    public ApiResponse operation(String operation, JsonNode body, Map<String, String> headers) {
        return send("POST", "/api/connector/v1/" + operation, body.toString(), headers);
    }

    /** An admin API call with the test admin token; {@code body} may be null. */
    public ApiResponse admin(String method, String path, JsonNode body) {
        return send(method, path, body == null ? null : body.toString(),
                Map.of("Authorization", "Bearer " + RunningConnector.ADMIN_TOKEN));
    }

    public ApiResponse send(String method, String path, String body, Map<String, String> headers) {
        return sendBytes(method, path, body == null ? null : body.getBytes(java.nio.charset.StandardCharsets.UTF_8), headers);
    }

    public ApiResponse sendBytes(String method, String path, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            if (contentType.contains("json") && !response.body().isEmpty()) {
                json = JSON.readTree(response.body());
            }
            return new ApiResponse(response.statusCode(), response.headers(), response.body(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
