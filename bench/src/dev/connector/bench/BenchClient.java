package dev.connector.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Calls API Operations and the admin API of a server under test, with the first demo application's tokens. */
final class BenchClient {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String CLIENT_TOKEN = "E0D439EE522F44368DC78E1BFB03710C-D24FB11DBE31D4621C4817E028D9E1D";
    static final String UK_ACCESS_TOKEN = "C66EF7B239D24632943D115EDE9CB810-EA00F8FD8294692C940F6B5A8F9453D";
    static final String PORTFOLIO_ACCESS_TOKEN = "5A1E0D0C0B0A49F8A7B6C5D4E3F2A1B0-9F0D2C4B6A8E1D3F5C7B9A0E2D4F6A8";

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    BenchClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    static ObjectNode body(String accessToken) {
        ObjectNode body = JSON.createObjectNode();
        body.put("ClientToken", CLIENT_TOKEN);
        body.put("AccessToken", accessToken);
        body.put("Client", "Connector bench 1.0");
        return body;
    }

    JsonNode operation(String path, ObjectNode body) {
        HttpResponse<String> response = join(operationAsync(path, body));
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return read(response.body());
    }

    String operationBytes(String path, ObjectNode body) {
        HttpResponse<String> response = join(operationAsync(path, body));
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    CompletableFuture<HttpResponse<String>> operationAsync(String path, ObjectNode body) {
        return http.sendAsync(HttpRequest.newBuilder(URI.create(baseUrl + "/api/connector/v1/" + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode admin(String method, String path, JsonNode body) {
        HttpResponse<String> response = join(http.sendAsync(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + ServerProcess.ADMIN_TOKEN)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()))
                .build(), HttpResponse.BodyHandlers.ofString()));
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isEmpty() ? JSON.createObjectNode() : read(response.body());
    }

    String get(String path) {
        return join(http.sendAsync(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString())).body();
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        return future.join();
    }
}
