package dev.connector.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an application's delivery log from the admin API and prints each attempt once, oldest first, as
 * {@code time  message id  events  -> status in N ms}. Each {@link #poll()} prints what is new since the last one.
 * Polls are serialised, so the last one at shutdown cannot interleave with a running one.
 */
final class DeliveryFeed {

    private static final int PAGE = 1000;
    private static final Set<String> FINAL_STATES = Set.of("Delivered", "Abandoned");
    // A message row carries the time of its transaction, which may commit a little after a later one.
    private static final Duration LATE_COMMIT = Duration.ofSeconds(30);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private record Seen(Instant createdUtc, int attempts) {
    }

    private record Line(Instant startedUtc, String text) {
    }

    private final AdminClient client;
    private final String applicationId;
    private final Instant start;
    private final PrintStream out;
    private final Map<String, Seen> seen = new HashMap<>();
    private Instant since;

    /** Shows attempts of messages created at or after {@code start} (server time). */
    DeliveryFeed(AdminClient client, String applicationId, Instant start, PrintStream out) {
        this.client = client;
        this.applicationId = applicationId;
        this.start = start;
        this.since = start;
        this.out = out;
    }

    /** Prints the attempts made since the last poll; answers how many. */
    synchronized int poll() {
        List<JsonNode> messages = messagesSince(since);
        List<Line> lines = new ArrayList<>();
        Instant oldestOpen = null;
        Instant newest = null;
        for (JsonNode message : messages) {
            String id = message.path("Id").asText();
            Instant created = instant(message.path("CreatedUtc"));
            if (created == null) {
                continue;
            }
            JsonNode attempts = message.path("Attempts");
            int printed = seen.containsKey(id) ? seen.get(id).attempts() : 0;
            for (int number = printed + 1; number <= attempts.size(); number++) {
                JsonNode attempt = attempts.get(number - 1);
                Instant started = instant(attempt.path("StartedUtc"));
                lines.add(new Line(started == null ? created : started, line(message, attempt, number)));
            }
            seen.put(id, new Seen(created, attempts.size()));
            if (!FINAL_STATES.contains(message.path("State").asText())
                    && (oldestOpen == null || created.isBefore(oldestOpen))) {
                oldestOpen = created;
            }
            if (newest == null || created.isAfter(newest)) {
                newest = created;
            }
        }
        lines.sort(Comparator.comparing(Line::startedUtc));
        lines.forEach(line -> out.println(line.text()));
        out.flush();
        advance(oldestOpen, newest);
        return lines.size();
    }

    /** Moves the window past messages that are finished, so each poll reads only what can still change. */
    private void advance(Instant oldestOpen, Instant newest) {
        if (newest == null) {
            return;
        }
        Instant next = newest.minus(LATE_COMMIT);
        if (oldestOpen != null && oldestOpen.isBefore(next)) {
            next = oldestOpen;
        }
        if (next.isAfter(since)) {
            since = next.isBefore(start) ? start : next;
            seen.values().removeIf(message -> message.createdUtc().isBefore(since));
        }
    }

    private List<JsonNode> messagesSince(Instant from) {
        List<JsonNode> messages = new ArrayList<>();
        String cursor = null;
        do {
            String path = "/admin/v1/webhook-messages?ApplicationId=" + applicationId + "&Since=" + encode(from.toString())
                    + "&Limit=" + PAGE + (cursor == null ? "" : "&Cursor=" + cursor);
            JsonNode page = client.get(path);
            JsonNode entries = page.path("WebhookMessages");
            entries.forEach(messages::add);
            cursor = entries.size() == PAGE && page.path("Cursor").isTextual() ? page.get("Cursor").asText() : null;
        } while (cursor != null);
        return messages;
    }

    static String line(JsonNode message, JsonNode attempt, int number) {
        Instant started = instant(attempt.path("StartedUtc"));
        StringBuilder text = new StringBuilder()
                .append(started == null ? "-" : TIME.format(started))
                .append("  ").append(message.path("Id").asText())
                .append("  ").append(events(message.path("Body")))
                .append("  -> ")
                .append(attempt.path("StatusCode").isInt() ? String.valueOf(attempt.get("StatusCode").asInt()) : "no answer")
                .append(" in ").append(attempt.path("DurationMs").asLong()).append(" ms");
        if (number > 1) {
            text.append(" (attempt ").append(number).append(')');
        }
        if (attempt.path("Error").isTextual()) {
            text.append("  ").append(attempt.get("Error").asText());
        }
        return text.toString();
    }

    /** A General Webhook's discriminators in order (with a count when repeated), or an Integration Webhook's action. */
    static String events(JsonNode body) {
        if (body.path("Action").isTextual()) {
            return body.get("Action").asText();
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (JsonNode event : body.path("Events")) {
            counts.merge(event.path("Discriminator").asText("?"), 1, Integer::sum);
        }
        if (counts.isEmpty()) {
            return "(no events)";
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((name, count) -> parts.add(count == 1 ? name : name + " x" + count));
        return String.join(",", parts);
    }

    private static Instant instant(JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        try {
            return Instant.parse(node.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
