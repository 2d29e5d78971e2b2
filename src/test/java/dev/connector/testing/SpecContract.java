package dev.connector.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Validates our responses against the official OpenAPI description in {@code ../shared/spec/} (never copied
 * into the project). The OpenAPI 3.0 schemas are converted to JSON Schema once: {@code nullable: true} becomes
 * "or null", and OpenAPI-only keywords are dropped. When the file is absent, callers are skipped cleanly.
 */
public final class SpecContract {

    private static final String PREFIX = "/api/connector/v1/";
    private static final SpecContract INSTANCE = load();

    private final JsonNode spec;
    private final JsonNode components;
    private final JsonSchemaFactory factory;
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

    private final Set<String> baseMarkers;

    private SpecContract(JsonNode spec) {
        this.spec = spec;
        this.baseMarkers = spec == null ? Set.of() : baseMarkers(spec.path("components").path("schemas"));
        this.components = spec == null ? null : convert(spec.path("components"));
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    }

    /** Fails the test when {@code response} does not match the 200 response schema of {@code operation}. */
    public static void assertValidResponse(String operation, JsonNode response) {
        Set<ValidationMessage> errors = instance().validateResponse(operation, response);
        if (!errors.isEmpty()) {
            Assertions.fail("Response of " + operation + " does not match the spec:\n  "
                    + errors.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("\n  "))
                    + "\nResponse: " + abbreviate(response.toString()));
        }
    }

    /** The schema violations of a 200 response of {@code operation} (empty when valid). */
    public Set<ValidationMessage> validateResponse(String operation, JsonNode response) {
        JsonSchema schema = compiled.computeIfAbsent(operation, this::compileResponseSchema);
        return schema.validate(response);
    }

    /** The spec's own request example of an operation, with the given tokens in place of the example's. */
    public static Optional<ObjectNode> requestExample(String operation, ApiClient.Tokens tokens) {
        JsonNode example = instance().operation(operation)
                .path("requestBody").path("content").path("application/json").path("example");
        if (!example.isObject()) {
            return Optional.empty();
        }
        ObjectNode body = example.deepCopy();
        body.put("ClientToken", tokens.clientToken());
        body.put("AccessToken", tokens.accessToken());
        return Optional.of(body);
    }

    /** The request body schema of an operation, flattened (see {@link #flatten}). */
    public static ObjectNode requestSchema(String operation) {
        JsonNode schema = instance().operation(operation)
                .path("requestBody").path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) {
            throw new IllegalArgumentException("The spec has no JSON request body for " + operation);
        }
        return instance().flatten(schema);
    }

    /**
     * One OpenAPI schema as a single object: its {@code $ref}, {@code allOf} members and one-member {@code anyOf} or
     * {@code oneOf} (the spec's ways of saying "this type, maybe null") merged into it, so that {@code type},
     * {@code format}, {@code enum}, bounds and {@code items} sit at the top and {@code properties} and
     * {@code required} hold those of every part. Its own keys win over those of its parts ({@code nullable},
     * {@code deprecated}). Property and item schemas stay as written: flatten them in turn to go deeper.
     */
    public ObjectNode flatten(JsonNode schema) {
        ObjectNode flat = JsonNodeFactory.instance.objectNode();
        ObjectNode properties = flat.putObject("properties");
        ArrayNode required = flat.putArray("required");
        List<JsonNode> parts = new ArrayList<>();
        if (schema.has("$ref")) {
            parts.add(spec.at(schema.path("$ref").asText().substring(1)));
        }
        schema.path("allOf").forEach(parts::add);
        for (String either : List.of("anyOf", "oneOf")) {
            if (schema.path(either).size() == 1) {
                parts.add(schema.path(either).get(0));
            }
        }
        schema.fields().forEachRemaining(field -> {
            if (!List.of("$ref", "allOf", "properties", "required").contains(field.getKey())) {
                flat.set(field.getKey(), field.getValue());
            }
        });
        if (flat.path("oneOf").size() == 1 || flat.path("anyOf").size() == 1) {
            flat.remove(List.of("oneOf", "anyOf"));
        }
        for (JsonNode part : parts) {
            ObjectNode flatPart = flatten(part);
            flatPart.fields().forEachRemaining(field -> {
                if (!flat.has(field.getKey())) {
                    flat.set(field.getKey(), field.getValue());
                }
            });
            properties.setAll((ObjectNode) flatPart.get("properties"));
            flatPart.get("required").forEach(required::add);
        }
        schema.path("properties").fields().forEachRemaining(field -> properties.set(field.getKey(), field.getValue()));
        schema.path("required").forEach(required::add);
        return flat;
    }

    /** True when the operation is described in the spec. */
    public static boolean describes(String operation) {
        return !instance().operation(operation).isMissingNode();
    }

    /**
     * The loaded contract. When the spec file is absent the calling test is skipped, so that a checkout without it
     * still builds, except in CI (CI=true), where a missing spec would silently turn every contract check off.
     */
    public static SpecContract instance() {
        if (INSTANCE.spec == null) {
            String message = "The OpenAPI description ../shared/spec/connector-api.openapi.yaml (or the file named by "
                    + "CONNECTOR_SPEC) is absent";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message + ": in CI (CI=true) contract checks must run.");
            }
            Assumptions.abort(message + ": contract checks skipped.");
        }
        return INSTANCE;
    }

    /** Every operation path the spec describes (below {@code /api/connector/v1/}), in the spec's order. */
    public List<String> operationPaths() {
        List<String> paths = new ArrayList<>();
        spec.path("paths").fieldNames().forEachRemaining(path -> paths.add(path.substring(PREFIX.length())));
        return paths;
    }

    /** True when the spec marks the operation deprecated. */
    public boolean isDeprecated(String operation) {
        return operation(operation).path("deprecated").asBoolean(false);
    }

    /** True when the spec marks the operation restricted ({@code x-restricted}). */
    public boolean isRestricted(String operation) {
        return operation(operation).path("x-restricted").asBoolean(false);
    }

    private JsonNode operation(String operation) {
        return spec.path("paths").path(PREFIX + operation).path("post");
    }

    private JsonSchema compileResponseSchema(String operation) {
        JsonNode responseSchema = operation(operation)
                .path("responses").path("200").path("content").path("application/json").path("schema");
        if (responseSchema.isMissingNode()) {
            throw new IllegalArgumentException("The spec has no 200 JSON response for " + operation);
        }
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.setAll((ObjectNode) convert(responseSchema));
        root.set("components", components);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().build();
        return factory.getSchema(root, config);
    }

    /**
     * Schemas the spec uses as empty base types ({@code type: object, additionalProperties: false}, no properties),
     * e.g. {@code DeviceCommandData} under every command data shape. Read as JSON Schema, such an {@code allOf}
     * member would forbid every property of the schema that extends it, which is not what the spec means.
     */
    private static Set<String> baseMarkers(JsonNode schemas) {
        Set<String> markers = new java.util.HashSet<>();
        schemas.fields().forEachRemaining(entry -> {
            JsonNode schema = entry.getValue();
            if ("object".equals(schema.path("type").asText()) && !schema.has("properties")
                    && schema.path("additionalProperties").isBoolean() && !schema.path("additionalProperties").asBoolean()
                    && !schema.has("allOf") && !schema.has("oneOf") && !schema.has("anyOf")) {
                markers.add("#/components/schemas/" + entry.getKey());
            }
        });
        return markers;
    }

    /** An {@code allOf} without the empty base types, when the schema declares its own properties beside it. */
    private JsonNode withoutBaseMarkers(JsonNode allOf, JsonNode owner) {
        if (!owner.has("properties")) {
            return allOf;
        }
        ArrayNode kept = JsonNodeFactory.instance.arrayNode();
        allOf.forEach(member -> {
            if (!baseMarkers.contains(member.path("$ref").asText())) {
                kept.add(member);
            }
        });
        return kept;
    }

    /** OpenAPI 3.0 schema -> JSON Schema draft 7, recursively. */
    private JsonNode convert(JsonNode node) {
        if (node.isArray()) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> array.add(convert(item)));
            return array;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode converted = JsonNodeFactory.instance.objectNode();
        boolean nullable = false;
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            switch (key) {
                case "nullable" -> nullable = field.getValue().asBoolean();
                case "discriminator", "example", "examples", "xml", "externalDocs", "deprecated" -> {
                }
                case "allOf" -> {
                    JsonNode members = withoutBaseMarkers(field.getValue(), node);
                    if (!members.isEmpty()) {
                        converted.set(key, convert(members));
                    }
                }
                default -> {
                    if (!key.startsWith("x-")) {
                        // Property names and schema names are data, not keywords: convert only their values.
                        converted.set(key, convert(field.getValue()));
                    }
                }
            }
        }
        if (node.path("x-coproduct").asBoolean(false)) {
            relaxCoproductValue(converted);
        }
        if (!nullable) {
            return converted;
        }
        ObjectNode either = JsonNodeFactory.instance.objectNode();
        ArrayNode anyOf = either.putArray("anyOf");
        anyOf.add(converted);
        anyOf.addObject().put("type", "null");
        return either;
    }

    /**
     * A coproduct {@code {"Discriminator", "Value"}} lists its value shapes under {@code oneOf}, but the
     * Discriminator is what tells them apart: shapes whose properties are all optional overlap (a relative tax
     * rate {@code {"Value": 0.2}} also fits the flat and dependent shapes), so "exactly one" would refuse valid
     * values. The value must fit at least one of the shapes.
     */
    private static void relaxCoproductValue(ObjectNode coproduct) {
        JsonNode value = coproduct.path("properties").path("Value");
        if (value instanceof ObjectNode valueSchema && valueSchema.has("oneOf")) {
            valueSchema.set("anyOf", valueSchema.remove("oneOf"));
        }
    }

    private static SpecContract load() {
        Path file = specFile();
        if (file == null) {
            return new SpecContract(null);
        }
        try {
            return new SpecContract(new ObjectMapper(new YAMLFactory()).readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the OpenAPI description at " + file, e);
        }
    }

    private static Path specFile() {
        String configured = System.getenv("CONNECTOR_SPEC");
        if (configured != null && Files.isRegularFile(Path.of(configured))) {
            return Path.of(configured);
        }
        Path beside = Path.of(System.getProperty("user.dir")).resolve("../shared/spec/connector-api.openapi.yaml").normalize();
        return Files.isRegularFile(beside) ? beside : null;
    }

    private static String abbreviate(String text) {
        return text.length() > 2000 ? text.substring(0, 2000) + "..." : text;
    }
}
