package dev.connector.http;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.connector.api.ApiException;
import dev.connector.api.InvalidRequest;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns Jackson's failure to bind a request body into a 400 in the API's terms: the property path as the client
 * wrote it ({@code Limitation.Count}, {@code Ids[2]}), what the property must be ("a GUID", "one of: A, B") and what
 * was sent ("an object", "null"). Jackson's own messages name Java classes and parser tokens, which mean nothing to
 * a client of an HTTP API, so they never reach the response.
 */
final class BindingErrors {

    private static final Logger LOG = LoggerFactory.getLogger(BindingErrors.class);
    private static final int QUOTED_TEXT = 40;

    private BindingErrors() {
    }

    static InvalidRequest describe(ObjectMapper json, JsonNode body, Class<?> root, JsonMappingException e) {
        Location location = Location.of(json, body, root, e.getPath());
        if (location.path().isEmpty()) {
            return unexpected(root, e);
        }
        String path = location.path();
        if (e instanceof InvalidNullException && location.inContainer()) {
            String item = location.type() == null ? null : expected(location.type());
            return new InvalidRequest(location.container() + " must not contain null, but " + path + " is null.",
                    item == null ? null : path + " must be " + item + ", but was null.");
        }
        if (e instanceof ValueInstantiationException) {
            // A record's constructor failed with something other than a validation error: a bug of ours, but the
            // client's value triggered it, so it is answered as that value's problem and logged for us.
            LOG.warn("Binding {} failed at {} with an unexpected error", root.getSimpleName(), path, e);
            return new InvalidRequest("Invalid value of " + path + ".");
        }
        String sent = sent(location.sent());
        if (e.getCause() instanceof InputCoercionException outOfRange) {
            String range = range(outOfRange.getTargetType());
            return new InvalidRequest(path + " must be " + range + ".", path + " must be " + range + ", but was " + sent + ".");
        }
        JavaType type = location.type();
        if (type == null && e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            type = json.constructType(mismatch.getTargetType());
        }
        String expected = type == null ? null : expected(type);
        if (expected == null) {
            return new InvalidRequest("Invalid value of " + path + ".", path + " cannot be " + sent + ".");
        }
        return new InvalidRequest(path + " must be " + expected + ".", path + " must be " + expected + ", but was " + sent + ".");
    }

    /**
     * A validation error thrown by the constructor of a record nested in the body. The record names its own
     * properties ("StartUtc is required."); only the binder knows where the record sits, so a message that starts
     * with one of the record's properties gets that place put before it ("Reservations[0].StartUtc is required.").
     */
    static ApiException located(ObjectMapper json, JsonNode body, Class<?> root, JsonMappingException e,
                                ApiException error) {
        if (!(error instanceof InvalidRequest)) {
            return error;
        }
        Location location = Location.of(json, body, root, e.getPath());
        if (location.path().isEmpty() || location.type() == null) {
            return error;
        }
        String message = error.getMessage();
        for (BeanPropertyDefinition property : json.getDeserializationConfig().introspect(location.type()).findProperties()) {
            String name = property.getName();
            boolean named = message.startsWith(name)
                    && (message.length() == name.length() || !Character.isLetterOrDigit(message.charAt(name.length())));
            if (named) {
                return new InvalidRequest(location.path() + "." + message, error.details());
            }
        }
        return error;
    }

    /** A failure without a property to blame; logged, since binding should never fail this way. */
    static InvalidRequest unexpected(Class<?> root, Exception e) {
        LOG.warn("Binding {} failed unexpectedly", root.getSimpleName(), e);
        return new InvalidRequest("The request body could not be read.");
    }

    /** A JSON value as a client would describe it: "an object", "null", "a string ("abc")", "a number (1.5)". */
    static String sent(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "null";
        }
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return value.isEmpty() ? "an empty array" : "an array";
        }
        if (value.isBoolean()) {
            return value.asText();
        }
        if (value.isNumber()) {
            boolean finite = !value.isFloatingPointNumber() || Double.isFinite(value.doubleValue());
            return finite ? "a number (" + value.asText() + ")" : "a number too large to represent";
        }
        String text = value.asText();
        if (text.isEmpty()) {
            return "an empty string";
        }
        if (text.length() > QUOTED_TEXT) {
            return "a string of " + text.length() + " characters";
        }
        return "a string (" + TextNode.valueOf(text) + ")";
    }

    /** What a property of this Java type must be, in the API's words; null when it takes any JSON value. */
    static String expected(JavaType type) {
        Class<?> raw = type.getRawClass();
        if (type.isEnumImplType()) {
            Class<?> enumType = raw.isEnum() ? raw : raw.getSuperclass();
            return "one of: " + Arrays.stream(enumType.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name()).collect(Collectors.joining(", "));
        }
        if (type.isCollectionLikeType() || type.isArrayType()) {
            return "an array";
        }
        if (type.isMapLikeType() || ObjectNode.class.isAssignableFrom(raw)) {
            return "an object";
        }
        if (JsonNode.class.isAssignableFrom(raw) || raw == Object.class) {
            return null;
        }
        if (raw == String.class) {
            return "a string";
        }
        if (raw == UUID.class) {
            return "a GUID";
        }
        if (raw == Instant.class || raw == OffsetDateTime.class || raw == ZonedDateTime.class) {
            return "an ISO 8601 date and time";
        }
        if (raw == LocalDate.class) {
            return "an ISO 8601 date";
        }
        if (raw == Duration.class) {
            return "an ISO 8601 duration";
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return "true or false";
        }
        if (List.of(Integer.class, int.class, Long.class, long.class, Short.class, short.class, BigInteger.class)
                .contains(raw)) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(raw) || raw == double.class || raw == float.class) {
            return "a number";
        }
        return "an object";
    }

    private static String range(Class<?> target) {
        if (target == Long.class || target == long.class) {
            return "an integer from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        if (target == Integer.class || target == int.class) {
            return "an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        return "a number in range";
    }

    /**
     * A parser's message when it talks about JSON text only; null when it would name Java classes, Jackson
     * features or tokens. Cut to its first sentence, without the parser's own location suffix.
     */
    static String plain(String message) {
        if (message == null || message.isBlank()) {
            return null;
        }
        String line = message.lines().findFirst().orElse("");
        int source = line.indexOf(" at [Source");
        if (source >= 0) {
            line = line.substring(0, source);
        }
        int marker = line.indexOf(" (start marker");
        if (marker >= 0) {
            line = line.substring(0, marker);
        }
        boolean technical = line.contains("`") || line.contains("java.") || line.contains("jackson")
                || line.contains("Json") || line.contains("Exception") || line.contains("[Source");
        if (technical || line.isBlank()) {
            return null;
        }
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }

    /**
     * Where binding failed: the path as the client spelled it, the value found there, the Java type bound there,
     * and for an item of an array or object, the path of that container.
     */
    private record Location(String path, String container, boolean inContainer, JsonNode sent, JavaType type) {

        static Location of(ObjectMapper json, JsonNode body, Class<?> root, List<JsonMappingException.Reference> refs) {
            StringBuilder path = new StringBuilder();
            String container = "";
            boolean inContainer = false;
            JsonNode node = body;
            JavaType type = json.constructType(root);
            for (JsonMappingException.Reference ref : refs) {
                container = path.toString();
                boolean item = type != null && (type.isContainerType() || type.isArrayType());
                if (ref.getFieldName() != null) {
                    String name = node == null ? ref.getFieldName() : keyOf(node, ref.getFieldName());
                    path.append(path.isEmpty() ? "" : ".").append(name);
                    node = node == null ? null : node.get(name);
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                    node = node == null || !node.isArray() ? null : node.get(ref.getIndex());
                } else {
                    continue;
                }
                inContainer = item;
                type = type == null ? null : typeAt(json, type, ref);
            }
            return new Location(path.toString(), container, inContainer, node, type);
        }

        /** The body's own spelling of a property Jackson matched regardless of case. */
        private static String keyOf(JsonNode node, String name) {
            if (node.has(name)) {
                return name;
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                String key = fields.next().getKey();
                if (key.equalsIgnoreCase(name)) {
                    return key;
                }
            }
            return name;
        }

        /** The type one step further along the path, or null when it cannot be told. */
        private static JavaType typeAt(ObjectMapper json, JavaType type, JsonMappingException.Reference ref) {
            if (type.isContainerType() || type.isArrayType()) {
                return type.getContentType();
            }
            if (ref.getFieldName() == null) {
                return null;
            }
            for (BeanPropertyDefinition property : json.getDeserializationConfig().introspect(type).findProperties()) {
                if (property.getName().equalsIgnoreCase(ref.getFieldName())) {
                    return property.getPrimaryType();
                }
            }
            return null;
        }
    }
}
