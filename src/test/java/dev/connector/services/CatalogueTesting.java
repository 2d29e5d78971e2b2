package dev.connector.services;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.demo.DemoData;
import dev.connector.testing.ApiClient;
import dev.connector.testing.RunningConnector;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Shared bits of the catalogue tests: the demo hotels' standard ids and a look into the outbox. */
public final class CatalogueTesting {

    public static final UUID UK = DemoData.UK_ENTERPRISE_ID;
    public static final UUID US = DemoData.US_ENTERPRISE_ID;

    /** An outbox row as the tests check it. */
    public record OutboxRow(long position, String type, String enterpriseId, String entityId, String payload) {
    }

    private CatalogueTesting() {
    }

    public static UUID id(UUID enterpriseId, String name) {
        return CatalogueIds.of(enterpriseId, name);
    }

    public static UUID stayService(UUID enterpriseId) {
        return id(enterpriseId, "service/stay");
    }

    public static UUID room(UUID enterpriseId, String name) {
        return id(enterpriseId, "resource/" + name);
    }

    public static UUID category(UUID enterpriseId, String key) {
        return id(enterpriseId, "resource-category/" + key);
    }

    public static UUID baseRate(UUID enterpriseId) {
        return id(enterpriseId, "rate/best-available");
    }

    public static UUID nonRefundableRate(UUID enterpriseId) {
        return id(enterpriseId, "rate/non-refundable");
    }

    /** The position of the newest outbox row, to look only at what a test's own request wrote. */
    public static long lastPosition(RunningConnector server) {
        return server.connector().database().jdbi().withHandle(handle ->
                handle.createQuery("SELECT COALESCE(MAX(position), 0) FROM events").mapTo(Long.class).one());
    }

    /** Outbox rows written after {@code position}, oldest first. */
    public static List<OutboxRow> eventsAfter(RunningConnector server, long position) {
        return server.connector().database().jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT position, type, enterprise_id, entity_id, payload FROM events
                        WHERE position > :position ORDER BY position""")
                .bind("position", position)
                .map((rs, ctx) -> new OutboxRow(rs.getLong("position"), rs.getString("type"),
                        rs.getString("enterprise_id"), rs.getString("entity_id"), rs.getString("payload")))
                .list());
    }

    public static ObjectNode limited(ApiClient.Tokens tokens, int count) {
        ObjectNode body = ApiClient.body(tokens);
        body.putObject("Limitation").put("Count", count);
        return body;
    }

    public static ArrayNode ids(ObjectNode body, String field, Object... values) {
        ArrayNode array = body.putArray(field);
        for (Object value : values) {
            array.add(value.toString());
        }
        return array;
    }

    public static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.path(field).asText()));
        return values;
    }
}
