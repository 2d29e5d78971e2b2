package dev.connector.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;

/** A response as a test sees it: status, headers, the raw body and (when it is JSON) the parsed body. */
public record ApiResponse(int status, HttpHeaders headers, String raw, JsonNode json) {

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }
}
