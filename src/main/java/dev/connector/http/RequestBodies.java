package dev.connector.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.connector.api.ApiException;
import dev.connector.api.ApiJson;
import dev.connector.api.InvalidRequest;
import java.io.IOException;

/**
 * Reads JSON request bodies and binds them to request records, for API Operations and the admin API alike: every
 * failure is a 400 ({@link InvalidRequest}) that names the property as the client wrote it and says, in the API's
 * terms, what it must be and what was sent; a validation error thrown by a record's constructor reaches the client
 * as it was thrown.
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
        } catch (StreamConstraintsException e) {
            throw tooLarge(e);
        } catch (MismatchedInputException e) {
            // The only mismatch a tree can meet: a second value after the first one.
            throw new InvalidRequest("The request body is not valid JSON.",
                    "The body must be one JSON object, but more follows it" + at(e.getLocation()) + ".");
        } catch (JsonProcessingException e) {
            throw new InvalidRequest("The request body is not valid JSON.", parserProblem(e));
        } catch (IOException e) {
            throw new InvalidRequest("The request body is not valid JSON.", BindingErrors.plain(e.getMessage()));
        }
        if (body == null || !body.isObject()) {
            throw new InvalidRequest("The request body must be a JSON object.",
                    body == null ? null : "The body was " + BindingErrors.sent(body) + ".");
        }
        return body;
    }

    /**
     * Binds {@code body} to {@code type}. A value of the wrong type or form is a 400 such as
     * "Limitation.Count must be an integer." (details: "..., but was a string ("ten")."); an unknown enum value
     * lists the values the property accepts.
     */
    public static <T> T bind(ObjectMapper json, JsonNode body, Class<T> type) {
        try {
            return json.treeToValue(body, type);
        } catch (JsonMappingException e) {
            ApiException fromRecord = apiExceptionIn(e);
            if (fromRecord != null) {
                throw BindingErrors.located(json, body, type, e, fromRecord);
            }
            throw BindingErrors.describe(json, body, type, e);
        } catch (JsonProcessingException e) {
            throw new InvalidRequest("The request body could not be read.", parserProblem(e));
        } catch (IllegalArgumentException e) {
            ApiException fromRecord = apiExceptionIn(e);
            if (fromRecord != null) {
                throw fromRecord;
            }
            throw BindingErrors.unexpected(type, e);
        }
    }

    /** Same as {@link #bind}, which now lists an enum's values for every caller; kept for the admin API. */
    public static <T> T bindListingEnumValues(ObjectMapper json, JsonNode body, Class<T> type) {
        return bind(json, body, type);
    }

    /** The validation error a record's constructor threw while Jackson built it, if that is what failed. */
    private static ApiException apiExceptionIn(Exception e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiException apiException) {
                return apiException;
            }
        }
        return null;
    }

    private static InvalidRequest tooLarge(StreamConstraintsException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("nesting depth")) {
            return new InvalidRequest("The request body is nested too deeply: JSON values may be nested at most "
                    + ApiJson.MAX_NESTING_DEPTH + " levels deep.",
                    "Arrays and objects inside one another reach more than " + ApiJson.MAX_NESTING_DEPTH + " levels.");
        }
        return new InvalidRequest("The request body holds a value that is too long.",
                "A string, number or name is longer than this server accepts" + at(e.getLocation()) + ".");
    }

    /** What the parser found wrong, in its own words when they are about JSON text, and where. */
    private static String parserProblem(JsonProcessingException e) {
        String problem = BindingErrors.plain(e.getOriginalMessage());
        return (problem == null ? "It is not well-formed JSON" : problem) + at(e.getLocation()) + ".";
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
