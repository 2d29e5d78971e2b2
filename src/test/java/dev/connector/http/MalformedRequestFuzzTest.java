package dev.connector.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of generated malformed requests (wrong types for every field, huge strings, deep nesting, invalid
 * UTF-8, nulls everywhere, arrays where objects belong, truncated and trailing text) against several
 * operations: every answer is a 4xx in the error shape, never a 5xx, and the server keeps serving. The
 * generator is seeded, so a failure names a case that the next run repeats exactly.
 */
class MalformedRequestFuzzTest extends BothStoresTest {

    private static final long SEED = 0x5EED_2026L;
    private static final int RANDOM_CASES = 250;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> OPERATIONS =
            List.of("configuration/get", "enterprises/getAll", "countries/getAll", "taxations/getAll");
    private static final List<String> COMMON_FIELDS =
            List.of("ClientToken", "AccessToken", "Client", "LanguageCode", "CultureCode");

    /** One request: what it is (for the failure report), where it goes, and its exact bytes. */
    record Case(String description, String operation, byte[] body) {
    }

    /** The kind of value a request field takes, which decides what is wrong for it. */
    enum Kind {
        TEXT, ID, ID_LIST, TEXT_LIST, INTERVAL, LIMITATION
    }

    /** The fields each operation binds, beyond the tokens and Client that every operation takes. */
    private static Map<String, Kind> fieldsOf(String operation) {
        return switch (operation) {
            case "configuration/get" -> Map.of("EnterpriseId", Kind.ID);
            case "enterprises/getAll" -> Map.of("EnterpriseIds", Kind.ID_LIST, "ExternalIdentifiers", Kind.TEXT_LIST,
                    "LinkedUtc", Kind.INTERVAL, "UpdatedUtc", Kind.INTERVAL, "Limitation", Kind.LIMITATION);
            default -> Map.of();
        };
    }

    private static ObjectNode validBody(String operation) {
        ObjectNode body = ApiClient.body(ApiClient.UK);
        if (operation.equals("enterprises/getAll")) {
            body.putObject("Limitation").put("Count", 10);
        }
        return body;
    }

    @Test
    void malformed_requests_get_4xx_in_the_error_shape_and_the_server_keeps_serving() {
        List<Case> cases = generate(new Random(SEED));
        List<String> failures = new ArrayList<>();
        for (Case testCase : cases) {
            ApiResponse response = client().sendBytes("POST", "/api/connector/v1/" + testCase.operation(),
                    testCase.body(), Map.of());
            String problem = problemWith(response);
            if (problem != null) {
                failures.add(testCase.operation() + " / " + testCase.description() + ": " + problem);
            }
        }

        assertThat(cases).hasSizeGreaterThan(300);
        assertThat(failures).isEmpty();
        ApiResponse afterwards = client().operation("enterprises/getAll", validBody("enterprises/getAll"));
        assertThat(afterwards.status()).isEqualTo(200);
        assertThat(afterwards.json().get("Enterprises").size()).isEqualTo(1);
    }

    private static String problemWith(ApiResponse response) {
        if (response.status() < 400 || response.status() > 499) {
            return "status " + response.status() + " " + abbreviate(response.raw());
        }
        JsonNode body = response.json();
        if (body == null || !body.path("Message").isTextual() || body.path("Message").asText().isBlank()) {
            return "status " + response.status() + " without the error shape: " + abbreviate(response.raw());
        }
        if (!body.path("RequestId").asText().equals(response.header("Request-Id"))) {
            return "RequestId differs from the Request-Id header";
        }
        return null;
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    // -- the generator --

    private static List<Case> generate(Random random) {
        List<Case> cases = new ArrayList<>();
        for (String operation : OPERATIONS) {
            for (String field : COMMON_FIELDS) {
                for (JsonNode wrong : notText(random)) {
                    cases.add(json(operation, field + " = " + describe(wrong), set(validBody(operation), field, wrong)));
                }
            }
            for (Map.Entry<String, Kind> field : fieldsOf(operation).entrySet()) {
                for (JsonNode wrong : wrongValues(field.getValue(), random)) {
                    cases.add(json(operation, field.getKey() + " = " + describe(wrong),
                            set(validBody(operation), field.getKey(), wrong)));
                }
            }
        }
        for (int i = 0; i < RANDOM_CASES; i++) {
            cases.add(structural(OPERATIONS.get(random.nextInt(OPERATIONS.size())), random, i));
        }
        Collections.shuffle(cases, random);
        return cases;
    }

    /** A randomly chosen mutation of the whole request rather than of one field. */
    private static Case structural(String operation, Random random, int number) {
        ObjectNode body = validBody(operation);
        int kind = random.nextInt(12);
        return switch (kind) {
            case 0 -> json(operation, "#" + number + " nulls everywhere", nullsEverywhere(body));
            case 1 -> json(operation, "#" + number + " body inside an array", NODES.arrayNode().add(body));
            case 2 -> {
                int depth = 65 + random.nextInt(3000);
                yield raw(operation, "#" + number + " nesting " + depth + " deep",
                        withField(body, "Nested", nested(depth, random.nextBoolean())));
            }
            case 3 -> raw(operation, "#" + number + " invalid UTF-8", invalidUtf8(body, random));
            case 4 -> {
                String field = List.of("ClientToken", "AccessToken").get(random.nextInt(2));
                int length = 1_000 + random.nextInt(200_000);
                yield json(operation, "#" + number + " " + field + " of " + length + " characters",
                        body.put(field, randomText(random, length)));
            }
            case 5 -> {
                int length = 1_000_001 + random.nextInt(500_000);
                yield json(operation, "#" + number + " Client of " + length + " characters",
                        body.put("Client", "c".repeat(length)));
            }
            case 6 -> {
                byte[] bytes = bytes(body);
                int cut = 1 + random.nextInt(bytes.length - 1);
                yield raw(operation, "#" + number + " cut after " + cut + " bytes", java.util.Arrays.copyOf(bytes, cut));
            }
            case 7 -> raw(operation, "#" + number + " trailing text",
                    (body + List.of("x", "{}", "]", ",", "\"a\"").get(random.nextInt(5))).getBytes(StandardCharsets.UTF_8));
            case 8 -> {
                JsonNode top = List.<JsonNode>of(NODES.textNode("text"), NODES.numberNode(random.nextInt()),
                        NODES.booleanNode(true), NODES.nullNode(), NODES.arrayNode()).get(random.nextInt(5));
                yield json(operation, "#" + number + " top level " + describe(top), top);
            }
            case 9 -> json(operation, "#" + number + " tokens of another kind", body
                    .put("ClientToken", UUID.randomUUID().toString())
                    .put("AccessToken", randomText(random, 1 + random.nextInt(80))));
            case 10 -> {
                String field = COMMON_FIELDS.get(random.nextInt(COMMON_FIELDS.size()));
                List<JsonNode> wrongs = notText(random);
                yield json(operation, "#" + number + " " + field + " wrong with unknown extras",
                        set(body, field, wrongs.get(random.nextInt(wrongs.size())))
                                .put("Unknown" + random.nextInt(100), randomText(random, 10)));
            }
            default -> {
                Map<String, Kind> fields = fieldsOf(operation);
                if (fields.isEmpty()) {
                    yield json(operation, "#" + number + " Client as object", set(body, "Client", NODES.objectNode()));
                }
                List<String> names = new ArrayList<>(fields.keySet());
                Collections.sort(names);
                String field = names.get(random.nextInt(names.size()));
                List<JsonNode> wrongs = wrongValues(fields.get(field), random);
                JsonNode wrong = wrongs.get(random.nextInt(wrongs.size()));
                yield json(operation, "#" + number + " " + field + " = " + describe(wrong) + " and Client in lower case",
                        renameClient(set(body, field, wrong)));
            }
        };
    }

    /** Values that are wrong wherever text is expected: anything but a string. */
    private static List<JsonNode> notText(Random random) {
        return List.of(NODES.numberNode(random.nextInt(1000)), NODES.numberNode(1.5), NODES.booleanNode(false),
                NODES.arrayNode().add("a"), NODES.objectNode().put("Value", "a"));
    }

    private static List<JsonNode> wrongValues(Kind kind, Random random) {
        List<JsonNode> wrong = new ArrayList<>(List.of(NODES.numberNode(random.nextInt()), NODES.booleanNode(true)));
        switch (kind) {
            case TEXT -> wrong.addAll(notText(random));
            case ID -> {
                wrong.addAll(List.of(NODES.textNode("not-a-guid"), NODES.textNode(""),
                        NODES.textNode(UUID.randomUUID() + "0"), NODES.textNode(randomText(random, 100_000)),
                        NODES.arrayNode().add(UUID.randomUUID().toString()), NODES.objectNode()));
            }
            case ID_LIST -> {
                wrong.addAll(List.of(NODES.textNode(UUID.randomUUID().toString()), NODES.objectNode(), NODES.arrayNode(),
                        NODES.arrayNode().add(5), NODES.arrayNode().add("nope"), NODES.arrayNode().addNull(),
                        NODES.arrayNode().add(NODES.arrayNode()), NODES.arrayNode().add(""),
                        NODES.arrayNode().add(NODES.objectNode())));
                ArrayNode tooMany = NODES.arrayNode();
                for (int i = 0; i < 1001; i++) {
                    tooMany.add(new UUID(random.nextLong(), random.nextLong()).toString());
                }
                wrong.add(tooMany);
            }
            case TEXT_LIST -> wrong.addAll(List.of(NODES.textNode("one"), NODES.objectNode(), NODES.arrayNode(),
                    NODES.arrayNode().add(7), NODES.arrayNode().addNull(), NODES.arrayNode().add(NODES.objectNode()),
                    NODES.arrayNode().add(NODES.arrayNode().add("x"))));
            case INTERVAL -> {
                wrong.addAll(List.of(NODES.textNode("2026-01-01T00:00:00Z"), NODES.arrayNode(), NODES.objectNode(),
                        interval("2026-01-02T00:00:00Z", "2026-01-01T00:00:00Z"),
                        interval("2025-01-01T00:00:00Z", "2026-01-01T00:00:00Z"),
                        interval("2026-01-01T00:00:00Z", null), interval(null, "2026-01-01T00:00:00Z"),
                        interval("yesterday", "2026-01-01T00:00:00Z"), interval("2026-01-01T00:00:00", "2026-01-02T00:00:00Z"),
                        interval("", "2026-01-01T00:00:00Z")));
                wrong.add(NODES.objectNode().put("StartUtc", 5).put("EndUtc", "2026-01-01T00:00:00Z"));
                wrong.add(NODES.objectNode().put("StartUtc", "2026-01-01T00:00:00Z").set("EndUtc", NODES.objectNode()));
            }
            case LIMITATION -> {
                wrong.addAll(List.of(NODES.nullNode(), NODES.textNode("10"), NODES.arrayNode(),
                        NODES.arrayNode().add(NODES.objectNode().put("Count", 10)), NODES.objectNode()));
                for (JsonNode count : List.<JsonNode>of(NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(1001),
                        NODES.numberNode(1.5), NODES.numberNode(1e20), NODES.booleanNode(true), NODES.textNode("abc"),
                        NODES.textNode(""), NODES.arrayNode(), NODES.objectNode(), NODES.nullNode(),
                        NODES.numberNode(Long.MAX_VALUE))) {
                    wrong.add(NODES.objectNode().set("Count", count));
                }
                for (JsonNode cursor : List.<JsonNode>of(NODES.numberNode(3), NODES.booleanNode(false),
                        NODES.textNode("abc"), NODES.textNode(""), NODES.arrayNode(), NODES.objectNode(),
                        NODES.textNode(UUID.randomUUID().toString()), NODES.textNode(randomText(random, 50_000)))) {
                    wrong.add(NODES.objectNode().put("Count", 10).set("Cursor", cursor));
                }
            }
        }
        return wrong;
    }

    private static ObjectNode interval(String start, String end) {
        ObjectNode interval = NODES.objectNode();
        interval.put("StartUtc", start);
        interval.put("EndUtc", end);
        return interval;
    }

    private static ObjectNode set(ObjectNode body, String field, JsonNode value) {
        body.set(field, value);
        return body;
    }

    private static JsonNode nullsEverywhere(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = NODES.objectNode();
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                JsonNode value = node.get(name);
                copy.set(name, value.isContainerNode() ? nullsEverywhere(value) : NODES.nullNode());
            }
            return copy;
        }
        return NODES.nullNode();
    }

    private static ObjectNode renameClient(ObjectNode body) {
        JsonNode client = body.remove("Client");
        body.set("client", client);
        return body;
    }

    /** Text made of a random mix of ASCII, accented letters, CJK and emoji, so that it is valid UTF-8. */
    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        String[] alphabet = {"a", "Z", "7", " ", "-", "é", "Ł", "中", "€", "\"", "\\", "😀"};
        while (text.length() < length) {
            text.append(alphabet[random.nextInt(alphabet.length)]);
        }
        return text.substring(0, length);
    }

    /** A JSON value nested {@code depth} levels deep, of arrays or of objects. */
    private static String nested(int depth, boolean arrays) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            text.append(arrays ? "[" : "{\"a\":");
        }
        text.append("1");
        for (int i = 0; i < depth; i++) {
            text.append(arrays ? "]" : "}");
        }
        return text.toString();
    }

    private static byte[] withField(ObjectNode body, String name, String rawValue) {
        String text = body.toString();
        return (text.substring(0, text.length() - 1) + ",\"" + name + "\":" + rawValue + "}").getBytes(StandardCharsets.UTF_8);
    }

    /** The body with bytes that are not UTF-8 inside one of its string values. */
    private static byte[] invalidUtf8(ObjectNode body, Random random) {
        byte[][] invalid = {{(byte) 0xFF}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xC3, (byte) 0x28}, {(byte) 0x80},
                {(byte) 0xE2, (byte) 0x28, (byte) 0xA1}, {(byte) 0xF0, (byte) 0x28, (byte) 0x8C, (byte) 0xBC},
                {(byte) 0xE2, (byte) 0x82}};
        String field = List.of("ClientToken", "AccessToken", "Client").get(random.nextInt(3));
        String marker = "@@INVALID@@";
        String text = body.put(field, "abc" + marker + "def").toString();
        int at = text.indexOf(marker);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(invalid[random.nextInt(invalid.length)]);
        out.writeBytes(text.substring(at + marker.length()).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static Case json(String operation, String description, JsonNode body) {
        return new Case(description, operation, bytes(body));
    }

    private static Case raw(String operation, String description, byte[] body) {
        return new Case(description, operation, body);
    }

    private static byte[] bytes(JsonNode body) {
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String describe(JsonNode value) {
        String text = value.toString();
        return text.length() > 60 ? text.substring(0, 60) + "... (" + text.length() + " characters)" : text;
    }

}
