package dev.connector.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import dev.connector.testing.OutboxRow;
import dev.connector.testing.SpecContract;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * For every operation we serve, bodies that break its request schema in the spec one property at a time (see
 * {@link BadBodies}): wrong JSON types, nulls, null items, unknown enum values, empty ids, numbers out of range,
 * long text, deep nesting. None may get a 5xx; a value that can never be right gets a 400 naming the property in
 * the error shape, in API terms; and a refused request writes nothing to the outbox. New operations are covered
 * without new code.
 */
class RequestSchemaFuzzTest extends BothStoresTest {

    /** Java and Jackson names that an error answered to a client must not contain (class names end in Exception). */
    private static final Pattern TECHNICAL = Pattern.compile(
            "java\\.|com\\.fasterxml|dev\\.connector|JsonToken|START_OBJECT|VALUE_STRING|[a-z]Exception|`");

    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong();

    @TestFactory
    Stream<DynamicTest> bodies_that_break_the_request_schema_are_refused_without_writing_anything() {
        SpecContract spec = SpecContract.instance();
        requests.set(0);
        nanos.set(0);
        Stream<DynamicTest> operations = server.connector().operationPaths().stream().sorted()
                .map(operation -> DynamicTest.dynamicTest(operation, () -> fuzz(spec, operation)));
        return Stream.concat(operations, Stream.of(DynamicTest.dynamicTest("thousands of requests were sent", () -> {
            System.out.printf("RequestSchemaFuzzTest on %s: %d requests in %d ms%n", store, requests.get(),
                    nanos.get() / 1_000_000);
            assertThat(requests.get()).isGreaterThan(1000);
        })));
    }

    private void fuzz(SpecContract spec, String operation) {
        long started = System.nanoTime();
        ObjectNode base = BadBodies.base(spec, operation, ApiClient.UK);
        List<String> failures = new ArrayList<>();
        ApiResponse baseline = client().operation(operation, base);
        if (baseline.status() >= 500) {
            failures.add("the base body answered " + baseline.status() + ": " + abbreviate(baseline.raw()));
        }
        List<BadBodies.Case> cases = BadBodies.of(spec, operation, base);
        for (BadBodies.Case badCase : cases) {
            long before = OutboxRow.lastPosition(server);
            ApiResponse response = client().operation(operation, badCase.body());
            String problem = problemWith(badCase, response);
            boolean refused = response.status() >= 400 && response.status() < 500;
            if (problem == null && refused && OutboxRow.lastPosition(server) != before) {
                List<OutboxRow> written = OutboxRow.after(server, before);
                if (!written.isEmpty()) {
                    problem = "refused with " + response.status() + " but wrote " + written.size() + " outbox rows ("
                            + written.getFirst().type() + ")";
                }
            }
            if (problem != null) {
                failures.add(badCase.description() + ": " + problem);
            }
        }
        requests.addAndGet(cases.size() + 1);
        nanos.addAndGet(System.nanoTime() - started);

        assertThat(failures).as("%s, base body %s", operation, abbreviate(base.toString())).isEmpty();
    }

    private static String problemWith(BadBodies.Case badCase, ApiResponse response) {
        int status = response.status();
        if (status >= 500) {
            return "answered " + status + ": " + abbreviate(response.raw());
        }
        if (status < 400) {
            return badCase.expect() == BadBodies.Expect.NO_SERVER_ERROR ? null : "answered " + status;
        }
        JsonNode body = response.json();
        if (body == null || !body.path("Message").isTextual() || !body.path("RequestId").isTextual()) {
            return "answered " + status + " without the error shape: " + abbreviate(response.raw());
        }
        String text = body.path("Message").asText() + " " + body.path("Details").asText("");
        Matcher technical = TECHNICAL.matcher(text);
        if (technical.find()) {
            return "the error speaks Java (" + technical.group() + "): " + abbreviate(text);
        }
        return switch (badCase.expect()) {
            case INVALID -> status == 400 && names(text, badCase.property()) ? null
                    : "answered " + status + " without naming " + badCase.property() + ": " + abbreviate(text);
            case TOO_DEEP -> status == 400 && text.contains("nested too deeply") ? null
                    : "answered " + status + " without saying it is nested too deeply: " + abbreviate(text);
            case CLIENT_ERROR, NO_SERVER_ERROR -> null;
        };
    }

    /** True when {@code text} names the property as a whole word, not as the tail of another name. */
    private static boolean names(String text, String property) {
        return Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(property) + "(?![A-Za-z0-9])").matcher(text).find();
    }

    private static String abbreviate(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "..." : text;
    }
}
