package dev.connector.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code connector trigger NAME}: runs a sandbox trigger on a running server and prints what it made, one line each;
 * without a name, lists the triggers.
 */
@Command(name = "trigger", mixinStandardHelpOptions = true,
        description = "Run a sandbox trigger (such as reservation-booked) on a running server and print the entities it "
                + "created and the events it produced, one line each.")
public final class TriggerCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "TRIGGER",
            description = "The trigger, such as reservation-booked or payment-failed; without it, the triggers are listed.")
    String trigger;

    @Option(names = "--enterprise", paramLabel = "ID",
            description = "Enterprise to act in (default: the server's first demo hotel).")
    String enterpriseId;

    @Option(names = "--set", paramLabel = "Field=Value",
            description = "Overrides a field of what is created, named as in the matching API operation; repeatable. "
                    + "A value that is JSON (a number, true, an object, a \"quoted string\") is sent as such, anything else as text.")
    Map<String, String> set = new LinkedHashMap<>();

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        try {
            AdminClient client = server.connect();
            if (trigger == null) {
                list(client, out);
                return 0;
            }
            JsonNode created = client.post("/admin/v1/sandbox/triggers", request(client.json())).body();
            out.println("Triggered " + created.path("Trigger").asText(trigger) + " in enterprise "
                    + created.path("EnterpriseId").asText("?"));
            for (JsonNode entity : created.path("Entities")) {
                out.println("created " + entity.path("Type").asText() + " " + entity.path("Id").asText());
            }
            for (JsonNode event : created.path("Events")) {
                out.println("event   " + event.path("Discriminator").asText() + " " + event.path("Id").asText());
            }
            out.flush();
            return 0;
        } catch (CliFailure e) {
            System.err.println("connector: " + e.getMessage());
            return 1;
        }
    }

    /** One line per trigger: its name, what it does and the events it produces. */
    private static void list(AdminClient client, PrintStream out) {
        for (JsonNode listed : client.get("/admin/v1/sandbox/triggers").path("Triggers")) {
            List<String> events = new ArrayList<>();
            listed.path("Events").forEach(event -> events.add(event.asText()));
            out.println(listed.path("Name").asText() + "  " + listed.path("Description").asText()
                    + (events.isEmpty() ? "" : " (" + String.join(", ", events) + ")"));
        }
        out.flush();
    }

    private ObjectNode request(ObjectMapper json) {
        ObjectNode body = json.createObjectNode();
        if (enterpriseId != null && !enterpriseId.isBlank()) {
            body.put("EnterpriseId", enterpriseId.trim());
        }
        body.put("Trigger", trigger);
        ObjectNode fields = body.putObject("Set");
        set.forEach((field, value) -> fields.set(field, value(json, value)));
        return body;
    }

    /** JSON values go as they are (so numbers stay numbers); any other text is a string. */
    private static JsonNode value(ObjectMapper json, String text) {
        try {
            // Trailing text must fail, or an id such as 3fa85f64-... would read as the number 3.
            JsonNode parsed = json.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(text);
            if (parsed != null && !parsed.isMissingNode()) {
                return parsed;
            }
        } catch (IOException e) {
            // not JSON: plain text below
        }
        return json.getNodeFactory().textNode(text);
    }
}
