package dev.connector.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import dev.connector.api.ApiException;
import dev.connector.api.InvalidRequest;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

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
        byte[] bytes = ctx.bodyAsBytes();
        JsonNode body;
        try {
            body = bytes.length == 0 ? null : json.readTree(bytes);
        } catch (IOException e) {
            throw new InvalidRequest("The request body is not valid JSON.", firstLine(e.getMessage()));
        }
        if (body == null || !body.isObject()) {
            throw new InvalidRequest("The request body must be a JSON object.");
        }
        try {
            return json.treeToValue(body, type);
        } catch (JsonMappingException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof ApiException apiException) {
                    throw apiException;
                }
            }
            throw invalid(e);
        } catch (JsonProcessingException e) {
            throw new InvalidRequest("The request body could not be read.", firstLine(e.getMessage()));
        } catch (IllegalArgumentException e) {
            if (e.getCause() instanceof ApiException apiException) {
                throw apiException;
            }
            throw new InvalidRequest("The request body could not be read.", firstLine(e.getMessage()));
        }
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

    private static InvalidRequest invalid(JsonMappingException e) {
        String field = describe(e);
        if (field.isEmpty()) {
            return new InvalidRequest("The request body could not be read.", firstLine(e.getOriginalMessage()));
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            String allowed = Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
            return new InvalidRequest(field + " must be one of: " + allowed + ".");
        }
        return new InvalidRequest("Invalid value of " + field + ".", firstLine(e.getOriginalMessage()));
    }

    /** The field as the client wrote it, e.g. {@code Requestor.Email} or {@code EnterpriseIds[1]}. */
    private static String describe(JsonMappingException e) {
        StringBuilder name = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                name.append('[').append(reference.getIndex()).append(']');
            }
        }
        return name.toString();
    }

    private static String firstLine(String text) {
        if (text == null) {
            return null;
        }
        int newline = text.indexOf('\n');
        String line = newline < 0 ? text : text.substring(0, newline);
        return line.length() > 500 ? line.substring(0, 500) + "..." : line;
    }
}
