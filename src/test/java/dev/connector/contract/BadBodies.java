package dev.connector.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.api.ApiJson;
import dev.connector.testing.ApiClient;
import dev.connector.testing.SpecContract;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Bad request bodies for one operation, derived from its request schema in the spec. Each starts from a body that
 * fits the schema (the spec's own example, or one built from the required properties) and breaks one property: at
 * the top level, and one level down into objects ({@code Limitation.Count}) and the first item of arrays of objects
 * ({@code Reservations[0].StartUtc}).
 */
final class BadBodies {

    /** The request envelope: the router checks it, and item schemas that extend the envelope type inherit it. */
    static final Set<String> ENVELOPE = Set.of("ClientToken", "AccessToken", "Client", "LanguageCode", "CultureCode");

    /** What the server must answer to a case. */
    enum Expect {
        /** 400 naming the property: the value can never be right. */
        INVALID,
        /** 400 saying the body is nested too deeply. */
        TOO_DEEP,
        /** Any 4xx. */
        CLIENT_ERROR,
        /** Whatever the server makes of it, except a 5xx. */
        NO_SERVER_ERROR
    }

    /** One request: what was broken, the property path as the body spells it, the body, and the answer due. */
    record Case(String description, String property, ObjectNode body, Expect expect) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String UNKNOWN_ENUM_VALUE = "NotOneOfTheValues";
    private static final String SAMPLE_ID = "0b2f7d76-2a9d-4d53-8a43-3f0a5d2c7e11";
    private static final int LONG_TEXT = 10_000;

    private final SpecContract spec;
    private final List<Case> cases = new ArrayList<>();

    private BadBodies(SpecContract spec) {
        this.spec = spec;
    }

    /** The body every case of {@code operation} starts from, with the given tokens. */
    static ObjectNode base(SpecContract spec, String operation, ApiClient.Tokens tokens) {
        ObjectNode schema = SpecContract.requestSchema(operation);
        BadBodies bodies = new BadBodies(spec);
        Optional<ObjectNode> example = SpecContract.requestExample(operation, tokens);
        ObjectNode base = example.isPresent()
                ? (ObjectNode) bodies.fitting(example.get(), schema, true)
                : (ObjectNode) bodies.sample(schema, 0);
        base.put("ClientToken", tokens.clientToken());
        base.put("AccessToken", tokens.accessToken());
        base.put("Client", "Connector request fuzz 1.0");
        return base;
    }

    /** Every bad body of {@code operation}, each a copy of {@code base} with one property broken. */
    static List<Case> of(SpecContract spec, String operation, ObjectNode base) {
        BadBodies bodies = new BadBodies(spec);
        ObjectNode schema = SpecContract.requestSchema(operation);
        // The parser refuses deep nesting before any property is looked at, so one property shows it for all.
        bodies.add(new Slot(base, "", "Client", "Client"), "nested " + (ApiJson.MAX_NESTING_DEPTH + 8) + " deep",
                nested(ApiJson.MAX_NESTING_DEPTH + 8), Expect.TOO_DEEP);
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            String name = property.getKey();
            ObjectNode propertySchema = spec.flatten(property.getValue());
            Slot slot = new Slot(base, "", name, name);
            bodies.breakProperty(slot, propertySchema, bodies.required(schema, base, name), true);
            if (!ENVELOPE.contains(name)) {
                bodies.breakInside(slot, propertySchema);
            }
        }
        return bodies.cases;
    }

    /** One level down: the properties of an object, or of the first item of an array of objects. */
    private void breakInside(Slot slot, ObjectNode schema) {
        JsonNode present = slot.base().path(slot.name());
        if (isObjectWithProperties(schema)) {
            ObjectNode parent = present.isObject() ? (ObjectNode) present : (ObjectNode) sample(schema, 1);
            ObjectNode base = slot.with(parent);
            breakChildren(base, "/" + slot.name(), slot.path(), schema, parent);
        } else if ("array".equals(type(schema))) {
            ObjectNode itemSchema = spec.flatten(schema.path("items"));
            if (!isObjectWithProperties(itemSchema)) {
                return;
            }
            JsonNode first = present.path(0);
            ObjectNode item = first.isObject() ? (ObjectNode) first : (ObjectNode) sample(itemSchema, 1);
            ObjectNode base = slot.with(NODES.arrayNode().add(item));
            breakChildren(base, "/" + slot.name() + "/0", slot.path() + "[0]", itemSchema, item);
        }
    }

    private void breakChildren(ObjectNode base, String pointer, String path, ObjectNode schema, ObjectNode parent) {
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            String name = property.getKey();
            if (ENVELOPE.contains(name)) {
                continue;
            }
            breakProperty(new Slot(base, pointer, name, path + "." + name), spec.flatten(property.getValue()),
                    required(schema, parent, name), false);
        }
    }

    /**
     * Required as far as a client can tell: the schema says so and the body we start from carries it. Where the
     * spec's own example leaves a "required" property out (its schemas inherit some), the example is what the
     * real API accepts.
     */
    private boolean required(ObjectNode schema, JsonNode parent, String name) {
        for (JsonNode required : schema.path("required")) {
            if (required.asText().equals(name)) {
                return parent.has(name);
            }
        }
        return false;
    }

    private void breakProperty(Slot slot, ObjectNode schema, boolean required, boolean topLevel) {
        String type = type(schema);
        boolean nullable = schema.path("nullable").asBoolean(false);
        boolean token = topLevel && (slot.name().equals("ClientToken") || slot.name().equals("AccessToken"));
        // Both kinds of wrong value at the top level; below it, where the same types recur, the scalar one.
        List<JsonNode> wrongTypes = wrongTypes(type);
        for (JsonNode wrong : topLevel ? wrongTypes : wrongTypes.subList(0, Math.min(1, wrongTypes.size()))) {
            add(slot, "wrong type " + wrong, wrong, Expect.INVALID);
        }
        Expect forNull = token ? Expect.CLIENT_ERROR : required && !nullable ? Expect.INVALID : Expect.NO_SERVER_ERROR;
        add(slot, "null" + (required ? " for a required property" : ""), NODES.nullNode(), forNull);
        if (schema.has("enum")) {
            add(slot, "unknown enum value", NODES.textNode(UNKNOWN_ENUM_VALUE), Expect.INVALID);
        }
        switch (type) {
            case "array" -> {
                add(slot, "null item", NODES.arrayNode().addNull(), Expect.INVALID);
                if (spec.flatten(schema.path("items")).has("enum")) {
                    add(slot, "unknown enum value as item", NODES.arrayNode().add(UNKNOWN_ENUM_VALUE), Expect.INVALID);
                }
            }
            case "integer", "number" -> outOfRange(slot, schema);
            case "string" -> {
                String format = schema.path("format").asText("");
                boolean id = format.equals("uuid") || slot.name().endsWith("Id");
                if (id && required) {
                    add(slot, "empty string for a required id", NODES.textNode(""), Expect.INVALID);
                }
                if (!schema.has("enum") && !Set.of("uuid", "date-time", "date").contains(format)) {
                    add(slot, LONG_TEXT + " characters", NODES.textNode("x".repeat(LONG_TEXT)),
                            schema.has("maxLength") ? Expect.CLIENT_ERROR : Expect.NO_SERVER_ERROR);
                }
            }
            default -> {
            }
        }
    }

    private void outOfRange(Slot slot, ObjectNode schema) {
        if (schema.has("minimum")) {
            add(slot, "below the minimum", NODES.numberNode(schema.path("minimum").decimalValue().subtract(
                    java.math.BigDecimal.ONE)), Expect.INVALID);
        }
        if (schema.has("maximum")) {
            add(slot, "above the maximum", NODES.numberNode(schema.path("maximum").decimalValue().add(
                    java.math.BigDecimal.ONE)), Expect.INVALID);
        }
        if (schema.path("format").asText("").equals("int32")) {
            add(slot, "beyond int32", NODES.numberNode(1L + Integer.MAX_VALUE), Expect.INVALID);
        }
    }

    /** Values of another JSON type: one scalar, one container. */
    private static List<JsonNode> wrongTypes(String type) {
        return switch (type) {
            case "string" -> List.of(NODES.numberNode(12345), NODES.objectNode().put("Value", "x"));
            case "integer", "number" -> List.of(NODES.booleanNode(true), NODES.objectNode());
            case "boolean" -> List.of(NODES.numberNode(1), NODES.arrayNode().add(true));
            case "array" -> List.of(NODES.textNode("x"), NODES.objectNode());
            case "object" -> List.of(NODES.booleanNode(true), NODES.arrayNode().add(1));
            default -> List.of();
        };
    }

    private void add(Slot slot, String description, JsonNode value, Expect expect) {
        cases.add(new Case(slot.path() + ": " + description, slot.path(), slot.with(value), expect));
    }

    // -- bodies that fit the schema --

    /**
     * {@code value} made to fit {@code schema}, or null when it cannot: optional properties that do not fit are left
     * out (some spec examples disagree with their schemas), required ones get a sample value.
     */
    private JsonNode fitting(JsonNode value, ObjectNode schema, boolean topLevel) {
        if (value.isNull()) {
            return schema.path("nullable").asBoolean(false) ? value : null;
        }
        String type = type(schema);
        if (schema.has("enum")) {
            for (JsonNode allowed : schema.path("enum")) {
                if (allowed.equals(value)) {
                    return value;
                }
            }
            return null;
        }
        return switch (type) {
            case "string" -> value.isTextual() && formatFits(value.asText(), schema.path("format").asText("")) ? value : null;
            case "integer" -> value.isIntegralNumber() && value.canConvertToInt() ? value : null;
            case "number" -> value.isNumber() ? value : null;
            case "boolean" -> value.isBoolean() ? value : null;
            case "array" -> {
                if (!value.isArray()) {
                    yield null;
                }
                ArrayNode items = NODES.arrayNode();
                ObjectNode itemSchema = spec.flatten(schema.path("items"));
                value.forEach(item -> {
                    JsonNode fit = fitting(item, itemSchema, false);
                    if (fit != null) {
                        items.add(fit);
                    }
                });
                yield items;
            }
            case "object" -> value.isObject() ? fittingObject(value, schema, topLevel) : null;
            default -> value;
        };
    }

    private JsonNode fittingObject(JsonNode value, ObjectNode schema, boolean topLevel) {
        if (!isObjectWithProperties(schema)) {
            return value;
        }
        ObjectNode fit = NODES.objectNode();
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            String name = property.getKey();
            if (!value.has(name) || (!topLevel && ENVELOPE.contains(name))) {
                continue;
            }
            ObjectNode propertySchema = spec.flatten(property.getValue());
            JsonNode fitting = fitting(value.get(name), propertySchema, false);
            if (fitting != null) {
                fit.set(name, fitting);
            } else if (required(schema, value, name)) {
                fit.set(name, sample(propertySchema, 1));
            }
        }
        return fit;
    }

    private static boolean formatFits(String text, String format) {
        try {
            switch (format) {
                case "uuid" -> {
                    return text.length() == 36 && UUID.fromString(text).toString().equalsIgnoreCase(text);
                }
                case "date-time" -> OffsetDateTime.parse(text);
                case "date" -> LocalDate.parse(text);
                default -> {
                }
            }
            return true;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return false;
        }
    }

    /** A value that fits {@code schema}, with only the required properties of objects. */
    private JsonNode sample(ObjectNode schema, int depth) {
        if (schema.has("enum")) {
            return schema.path("enum").get(0);
        }
        return switch (type(schema)) {
            case "string" -> switch (schema.path("format").asText("")) {
                case "uuid" -> NODES.textNode(SAMPLE_ID);
                case "date-time" -> NODES.textNode("2026-03-01T00:00:00Z");
                case "date" -> NODES.textNode("1990-01-01");
                case "currency" -> NODES.textNode("EUR");
                case "email" -> NODES.textNode("fuzz@example.com");
                default -> NODES.textNode("x");
            };
            case "integer", "number" -> NODES.numberNode(schema.has("minimum") ? schema.path("minimum").asInt() : 1);
            case "boolean" -> NODES.booleanNode(false);
            case "array" -> depth > 3 ? NODES.arrayNode()
                    : NODES.arrayNode().add(sample(spec.flatten(schema.path("items")), depth + 1));
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth <= 3) {
                    for (JsonNode name : schema.path("required")) {
                        JsonNode property = schema.path("properties").path(name.asText());
                        if (!property.isMissingNode() && (depth == 0 || !ENVELOPE.contains(name.asText()))) {
                            object.set(name.asText(), sample(spec.flatten(property), depth + 1));
                        }
                    }
                }
                yield object;
            }
            default -> NODES.nullNode();
        };
    }

    private static String type(ObjectNode schema) {
        if (schema.has("type")) {
            return schema.path("type").asText();
        }
        return schema.path("properties").isEmpty() ? "" : "object";
    }

    private static boolean isObjectWithProperties(ObjectNode schema) {
        return "object".equals(type(schema)) && !schema.path("properties").isEmpty()
                && !schema.path("x-coproduct").asBoolean(false);
    }

    private static JsonNode nested(int depth) {
        JsonNode value = NODES.numberNode(1);
        for (int i = 0; i < depth; i++) {
            value = i % 2 == 0 ? NODES.arrayNode().add(value) : NODES.objectNode().set("A", value);
        }
        return value;
    }

    /** Where one property sits: a base body, the JSON pointer of the object holding it, and its path as written. */
    private record Slot(ObjectNode base, String parent, String name, String path) {

        /** A copy of the base with this property set to {@code value}. */
        ObjectNode with(JsonNode value) {
            ObjectNode copy = base.deepCopy();
            ((ObjectNode) copy.at(parent)).set(name, value);
            return copy;
        }
    }
}
