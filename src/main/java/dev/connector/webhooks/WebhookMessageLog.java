package dev.connector.webhooks;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shapes of the delivery log in the admin API: {@code {"WebhookMessages": [...], "Cursor"}}. */
record WebhookMessageLog(List<Entry> webhookMessages, UUID cursor) {

    /**
     * One message with every attempt made for it; {@code Body} is the JSON exactly as sent, {@code EventTypes} the
     * discriminators it carries (General) or its action (Integration).
     */
    record Entry(UUID id, MessageKind kind, UUID applicationId, UUID integrationId, UUID enterpriseId,
                 MessageState state, Instant createdUtc, Instant nextAttemptUtc, List<String> eventTypes,
                 @JsonRawValue String body, List<Attempt> attempts) {
    }

    private static final Pattern DISCRIMINATOR = Pattern.compile("\"Discriminator\":\"(\\w+)\"");
    private static final Pattern ACTION = Pattern.compile("\"Action\":\"(\\w+)\"");

    /** The event types in a body this server wrote (compact JSON, so each name appears exactly so). */
    static List<String> eventTypes(MessageKind kind, String body) {
        Matcher matcher = (kind == MessageKind.General ? DISCRIMINATOR : ACTION).matcher(body);
        Set<String> types = new LinkedHashSet<>();
        while (matcher.find()) {
            types.add(matcher.group(1));
            if (kind == MessageKind.Integration) {
                break;
            }
        }
        return List.copyOf(types);
    }

    /** One request: when it started, the status answered (null when none came), how long it took, what failed. */
    record Attempt(Instant startedUtc, Integer statusCode, long durationMs, String error) {
    }
}
