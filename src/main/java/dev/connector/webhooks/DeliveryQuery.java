package dev.connector.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connector.api.ApiJson;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Require;
import dev.connector.events.GeneralEventKind;
import dev.connector.integrations.IntegrationAction;
import dev.connector.store.Filter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Which webhook messages the delivery log lists and a bulk replay re-sends: the same filters for both, read from
 * the query string of {@code GET /admin/v1/webhook-messages} or the body of {@code POST .../replay}. Every filter
 * is optional; {@code eventType} is a General Webhook discriminator (e.g. CustomerAdded) or an Integration Webhook
 * action (e.g. IntegrationDisabled); {@code since} is inclusive, {@code until} exclusive, both on the creation time.
 */
record DeliveryQuery(UUID applicationId, UUID integrationId, UUID enterpriseId, MessageKind kind, MessageState state,
                     String eventType, Instant since, Instant until) {

    /** The filter names, as query parameters and as body properties. */
    static final List<String> NAMES = List.of("ApplicationId", "IntegrationId", "EnterpriseId", "Kind", "State",
            "EventType", "Since", "Until");

    DeliveryQuery {
        if (since != null && until != null && !since.isBefore(until)) {
            throw new InvalidRequest("Since must be before Until.");
        }
    }

    static DeliveryQuery fromQuery(UnaryOperator<String> param) {
        return read(name -> {
            String value = param.apply(name);
            return value == null || value.isBlank() ? null : value.trim();
        });
    }

    /** Reads the filters from a JSON object; each must be a string (or null, or absent). */
    static DeliveryQuery fromBody(JsonNode body) {
        return read(name -> {
            JsonNode node = body.get(name);
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isTextual()) {
                throw new InvalidRequest(name + " must be a string.");
            }
            return node.asText().isBlank() ? null : node.asText().trim();
        });
    }

    private static DeliveryQuery read(UnaryOperator<String> value) {
        return new DeliveryQuery(
                identifier(value.apply("ApplicationId"), "ApplicationId"),
                identifier(value.apply("IntegrationId"), "IntegrationId"),
                identifier(value.apply("EnterpriseId"), "EnterpriseId"),
                constant(value.apply("Kind"), "Kind", MessageKind.class),
                constant(value.apply("State"), "State", MessageState.class),
                eventType(value.apply("EventType")),
                instant(value.apply("Since"), "Since"),
                instant(value.apply("Until"), "Until"));
    }

    boolean isEmpty() {
        return applicationId == null && integrationId == null && enterpriseId == null && kind == null && state == null
                && eventType == null && since == null && until == null;
    }

    /** The filters as SQL conditions on {@code webhook_messages}. */
    Filter filter() {
        Filter filter = Filter.where()
                .eq("application_id", applicationId)
                .eq("integration_id", integrationId)
                .eq("enterprise_id", enterpriseId)
                .eq("state", state)
                .eq("kind", kind);
        if (since != null) {
            filter.sql("created_utc >= :since", Map.of("since", since));
        }
        if (until != null) {
            filter.sql("created_utc < :until", Map.of("until", until));
        }
        if (eventType != null) {
            // Bodies are written compactly by this server, so the discriminator or action appears exactly so.
            boolean general = GeneralEventKind.named(eventType).isPresent();
            String pattern = general ? "%\"Discriminator\":\"" + eventType + "\"%" : "%\"Action\":\"" + eventType + "\"%";
            filter.sql("kind = :eventKind AND body LIKE :eventPattern",
                    Map.of("eventKind", general ? MessageKind.General : MessageKind.Integration, "eventPattern", pattern));
        }
        return filter;
    }

    private static UUID identifier(String value, String name) {
        return value == null ? null : Require.identifier(value, name);
    }

    private static <E extends Enum<E>> E constant(String value, String name, Class<E> type) {
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw new InvalidRequest(name + " must be one of " + List.of(type.getEnumConstants()) + ", not '" + value + "'.");
    }

    private static String eventType(String value) {
        if (value == null) {
            return null;
        }
        List<String> known = new ArrayList<>();
        for (GeneralEventKind kind : GeneralEventKind.values()) {
            known.add(kind.name());
        }
        for (IntegrationAction action : IntegrationAction.values()) {
            known.add(action.name());
        }
        if (!known.contains(value)) {
            throw new InvalidRequest("EventType must be one of " + known + ", not '" + value + "'.");
        }
        return value;
    }

    private static Instant instant(String value, String name) {
        if (value == null) {
            return null;
        }
        try {
            return ApiJson.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequest(name + " must be an ISO 8601 time with an offset, such as 2026-01-31T12:00:00Z.");
        }
    }
}
