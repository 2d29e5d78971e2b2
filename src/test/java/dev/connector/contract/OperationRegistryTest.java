package dev.connector.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connector.api.Operations;
import dev.connector.testing.RunningConnector;
import dev.connector.testing.SpecContract;
import dev.connector.testing.StoreKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The registry of operations is the source of what the project says it serves: the README's table is generated
 * from it (run with {@code UPDATE_README=true} to rewrite the table), the admin API lists it, and each operation's
 * stage (deprecated, restricted) is the one the spec gives.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationRegistryTest {

    private static final String START = "<!-- operations:start";
    private static final String END = "<!-- operations:end -->";
    private static final Path README = Path.of("README.md");

    private RunningConnector server;

    @BeforeAll
    void start() {
        server = RunningConnector.start(StoreKind.SQLITE);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void readme_table_lists_exactly_the_registered_operations() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertThat(start).as("the README marks its table with " + START).isNotNegative();
        assertThat(end).as("the README ends its table with " + END).isGreaterThan(start);
        String generated = table();
        String current = readme.substring(start, end + END.length());
        if (!current.equals(generated) && "true".equalsIgnoreCase(System.getenv("UPDATE_README"))) {
            Files.writeString(README, readme.substring(0, start) + generated + readme.substring(end + END.length()),
                    StandardCharsets.UTF_8);
            return;
        }

        assertThat(current)
                .as("The README's table differs from the registered operations; rewrite it with "
                        + "UPDATE_README=true ./mvnw -q -o verify -Dtest=OperationRegistryTest")
                .isEqualTo(generated);
    }

    @Test
    void admin_api_lists_every_registered_operation_with_its_stage() {
        JsonNode listed = server.client().admin("GET", "/admin/v1/operations", null).json().get("Operations");

        List<String> expected = server.connector().operations().stream()
                .map(operation -> operation.path() + " " + (operation.stage() == Operations.Stage.DEPRECATED) + " "
                        + (operation.stage() == Operations.Stage.RESTRICTED))
                .toList();
        List<String> actual = new ArrayList<>();
        listed.forEach(item -> actual.add(item.get("Path").asText() + " " + item.get("Deprecated").asBoolean() + " "
                + item.get("Restricted").asBoolean()));
        assertThat(actual).containsExactlyElementsOf(expected);
        assertThat(listed.get(0).size()).as("Path, Deprecated and Restricted only").isEqualTo(3);
    }

    @Test
    void admin_list_of_operations_needs_the_admin_token() {
        int status = server.client().send("GET", "/admin/v1/operations", null, Map.of()).status();

        assertThat(status).isEqualTo(401);
    }

    @Test
    void every_operation_of_the_spec_is_served() {
        List<String> missing = SpecContract.instance().operationPaths().stream()
                .filter(path -> !server.connector().operationPaths().contains(path))
                .toList();

        assertThat(missing).as("operations of the spec that no module registers").isEmpty();
    }

    @Test
    void every_stage_is_the_one_the_spec_gives() {
        SpecContract spec = SpecContract.instance();
        List<String> wrong = server.connector().operations().stream()
                .filter(operation -> (operation.stage() == Operations.Stage.DEPRECATED) != spec.isDeprecated(operation.path())
                        || (operation.stage() == Operations.Stage.RESTRICTED) != spec.isRestricted(operation.path()))
                .map(operation -> operation.path() + " is registered as " + operation.stage())
                .toList();

        assertThat(wrong).isEmpty();
    }

    /** The README's block: a line with the count, then one row per feature package in registration order. */
    private String table() {
        Map<String, List<String>> byFeature = new LinkedHashMap<>();
        for (Operations.Registered<?> operation : server.connector().operations()) {
            String listed = "`" + operation.path() + "`" + switch (operation.stage()) {
                case GENERAL -> "";
                case DEPRECATED -> " (deprecated)";
                case RESTRICTED -> " (restricted)";
            };
            byFeature.computeIfAbsent(operation.feature(), feature -> new ArrayList<>()).add(listed);
        }
        String rows = byFeature.entrySet().stream()
                .map(entry -> "| " + entry.getKey() + " | " + String.join(", ", entry.getValue()) + " |")
                .collect(Collectors.joining("\n"));
        return START + " generated from the registered operations by OperationRegistryTest -->\n"
                + "Connector serves " + server.connector().operations().size() + " operations, listed by the feature"
                + " that serves them.\n\n"
                + "| feature | operations |\n"
                + "|---|---|\n"
                + rows + "\n"
                + END;
    }
}
