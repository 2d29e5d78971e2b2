package dev.connector.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.connector.api.ApiException;
import dev.connector.api.InvalidRequest;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Reads JSON request bodies and binds them to request records, for API Operations and the admin API alike: every
 * failure is a 400 ({@link InvalidRequest}) that names the field as the client wrote it, and a validation error
 * thrown by a record's constructor reaches the client as it was thrown.
 */
public final class RequestBodies {

    private RequestBodies() {
    }

    /** The body, which must be a JSON object. */
    public static JsonNode readObject(ObjectMapper json, byte[] bytes) {
        if (bytes.length == 0) {
            throw new InvalidRequest("The request body must be a JSON object.");
        }
        JsonNode body;
        try {
            body = json.readTree(bytes);
        } catch (IOException e) {
            throw new InvalidRequest("The request body is not valid JSON.", firstLine(e.getMessage()));
        }
        if (body == null || !body.isObject()) {
            throw new InvalidRequest("The request body must be a JSON object.");
        }
        return body;
    }

    /** Binds {@code body} to {@code type}; a value of the wrong form is "Invalid value of Field." with details. */
    public static <T> T bind(ObjectMapper json, JsonNode body, Class<T> type) {
        return bind(json, body, type, false);
    }

    /** Like {@link #bind}, but an unknown enum value is answered with the values the field accepts. */
    public static <T> T bindListingEnumValues(ObjectMapper json, JsonNode body, Class<T> type) {
        return bind(json, body, type, true);
    }

    private static <T> T bind(ObjectMapper json, JsonNode body, Class<T> type, boolean listEnumValues) {
        try {
            return json.treeToValue(body, type);
        } catch (ValueInstantiationException e) {
            if (e.getCause() instanceof ApiException apiException) {
                throw apiException;
            }
            throw invalid(e, listEnumValues);
        } catch (JsonMappingException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof ApiException apiException) {
                    throw apiException;
                }
            }
            throw invalid(e, listEnumValues);
        } catch (JsonProcessingException e) {
            throw new InvalidRequest("The request body could not be read.", firstLine(e.getMessage()));
        } catch (IllegalArgumentException e) {
            if (e.getCause() instanceof ApiException apiException) {
                throw apiException;
            }
            throw new InvalidRequest("The request body could not be read.", firstLine(e.getMessage()));
        }
    }

    private static InvalidRequest invalid(JsonMappingException e, boolean listEnumValues) {
        String field = describe(e);
        if (field.isEmpty()) {
            return new InvalidRequest("The request body could not be read.", firstLine(e.getOriginalMessage()));
        }
        if (listEnumValues && e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            String allowed = Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
            return new InvalidRequest(field + " must be one of: " + allowed + ".");
        }
        return new InvalidRequest("Invalid value of " + field + ".", firstLine(e.getOriginalMessage()));
    }

    /** The field as the client wrote it, e.g. {@code Limitation.Count} or {@code Ids[2]}. */
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

    /** The first line of a parser's message, cut to a length that fits an error response's details. */
    static String firstLine(String text) {
        if (text == null) {
            return null;
        }
        int newline = text.indexOf('\n');
        String line = newline < 0 ? text : text.substring(0, newline);
        return line.length() > 500 ? line.substring(0, 500) + "..." : line;
    }
}
