package dev.connector.triggers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.api.ApiException;
import dev.connector.api.Caller;
import dev.connector.api.Operations;
import dev.connector.enterprises.Enterprise;
import dev.connector.http.RequestBodies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One run of a trigger: calls API operations with the enterprise's acting integration as the caller, exactly as
 * a partner's request would run them, and keeps the entities they created or changed. Not thread-safe.
 */
final class TriggerRun {

    private final Operations operations;
    private final ObjectMapper json;
    private final Caller caller;
    private final Enterprise enterprise;
    private final SetFields set;
    private final Set<TriggerOutcome.Entity> entities = new LinkedHashSet<>();

    TriggerRun(Operations operations, ObjectMapper json, Caller caller, Enterprise enterprise, SetFields set) {
        this.operations = operations;
        this.json = json;
        this.caller = caller;
        this.enterprise = enterprise;
        this.set = set;
    }

    UUID enterpriseId() {
        return enterprise.id();
    }

    Enterprise enterprise() {
        return enterprise;
    }

    ZoneId zone() {
        return ZoneId.of(enterprise.timeZoneIdentifier());
    }

    /** Today in the enterprise's time zone. */
    LocalDate today() {
        return caller.now().atZone(zone()).toLocalDate();
    }

    Instant now() {
        return caller.now();
    }

    /** The instant of {@code time} on {@code day} in the enterprise's time zone. */
    Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(zone()).toInstant();
    }

    /** The override of {@code field} from the request's Set, or null when it was not set. */
    JsonNode set(String field) {
        return set.value(field);
    }

    /** The override of a GUID {@code field}, or null when it was not set (or is not a GUID: binding will say so). */
    UUID setId(String field) {
        return id(set.value(field));
    }

    /** The override of an instant {@code field}, or null when it was not set (or is not one: binding will say so). */
    Instant setInstant(String field) {
        JsonNode value = set.value(field);
        if (value == null || !value.isTextual()) {
            return null;
        }
        try {
            return Instant.parse(value.textValue());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** A new request body naming the enterprise, for operations whose request has an EnterpriseId. */
    ObjectNode body() {
        return json.createObjectNode().put("EnterpriseId", enterprise.id().toString());
    }

    /** A new request body that does not name the enterprise (operations that take it from the caller). */
    ObjectNode bareBody() {
        return json.createObjectNode();
    }

    /** A read body with a Limitation of {@code count}. */
    ObjectNode page(int count) {
        ObjectNode body = json.createObjectNode();
        body.putArray("EnterpriseIds").add(enterprise.id().toString());
        body.putObject("Limitation").put("Count", count);
        return body;
    }

    /** Runs a prerequisite or read operation with {@code body} as it is. */
    JsonNode call(String path, ObjectNode body) {
        return invoke(path, body, false);
    }

    /**
     * Runs the trigger's own operation: {@code defaults} with the Set overrides applied (on the top level, or on
     * the first item of {@code set}'s item array).
     */
    JsonNode callMain(String path, ObjectNode defaults) {
        set.applyTo(defaults);
        return invoke(path, defaults, true);
    }

    private JsonNode invoke(String path, ObjectNode body, boolean main) {
        Operations.Registered<?> registered = operations.find(path);
        if (registered == null) {
            throw new IllegalStateException("No operation is registered at " + path);
        }
        try {
            return handle(registered, body);
        } catch (ApiException e) {
            throw TriggerErrors.inStep(path, main ? set.renamed(e) : e);
        }
    }

    private <Q> JsonNode handle(Operations.Registered<Q> registered, ObjectNode body) {
        Q request = RequestBodies.bind(json, body, registered.requestType());
        Object result = registered.operation().handle(request, caller);
        if (result == null) {
            return json.createObjectNode();
        }
        // Written out and read back rather than converted: answers may carry stored documents as raw JSON, which
        // a conversion would keep as opaque values instead of objects.
        try {
            return json.readTree(json.writeValueAsBytes(result));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The GUID in {@code value}, or null when it holds none. */
    static UUID id(JsonNode value) {
        if (value == null || !value.isTextual()) {
            return null;
        }
        try {
            return UUID.fromString(value.textValue());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Notes an entity the run created or changed; returns its id. */
    UUID entity(String type, UUID id) {
        entities.add(new TriggerOutcome.Entity(type, id));
        return id;
    }

    List<TriggerOutcome.Entity> entities() {
        return new ArrayList<>(entities);
    }

    Caller caller() {
        return caller;
    }
}
