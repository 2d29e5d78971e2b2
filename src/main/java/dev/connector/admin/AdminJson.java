package dev.connector.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connector.api.InvalidRequest;
import dev.connector.http.RequestBodies;
import io.javalin.http.Context;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * Bodies of the admin API in the API's JSON conventions: requests bound to records (errors as 400 naming the
 * field), responses written with the API mapper. Thread-safe.
 */
public final class AdminJson {

    private final ObjectMapper json;

    public AdminJson(ObjectMapper json) {
        this.json = json;
    }

    /** Binds the request body, which must be a JSON object, to {@code type}. */
    public <T> T read(Context ctx, Class<T> type) {
        return RequestBodies.bindListingEnumValues(json, RequestBodies.readObject(json, ctx.bodyAsBytes()), type);
    }

    /** Answers {@code status} with {@code body} as JSON. */
    public void write(Context ctx, int status, Object body) {
        try {
            ctx.status(status);
            ctx.contentType("application/json; charset=utf-8");
            ctx.result(json.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Cannot write the response of " + ctx.path(), e);
        }
    }

    /** The GUID in path parameter {@code name}; anything else is a 400 that says which entity's id was meant. */
    public static UUID pathId(Context ctx, String name, String entity) {
        String value = ctx.pathParam(name);
        try {
            if (value.length() == 36) {
                return UUID.fromString(value);
            }
        } catch (IllegalArgumentException e) {
            // Falls through to the message below.
        }
        throw new InvalidRequest("The " + entity + " id in the path must be a GUID such as "
                + "3fa85f64-5717-4562-b3fc-2c963f66afa6.");
    }
}
