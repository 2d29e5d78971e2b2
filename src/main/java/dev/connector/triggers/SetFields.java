package dev.connector.triggers;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.api.ApiException;
import dev.connector.api.InvalidRequest;
import dev.connector.api.UpdateValue;
import dev.connector.http.RequestBodies;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code Set} of a trigger request, checked against the request of the trigger's own API operation: each field
 * is a property of that request (or of the first item of its item array, such as {@code Reservations}), spelled as
 * the API spells it and of the type the API expects. Immutable once checked.
 */
final class SetFields {

    /** Properties a trigger decides itself: the caller's tokens, the enterprise, and the lists of items. */
    private static final Set<String> NOT_SETTABLE = Set.of("enterpriseid", "enterpriseids", "client", "clienttoken",
            "accesstoken", "languagecode", "culturecode", "chainid", "reservationupdates");

    /**
     * Where a trigger's Set goes.
     *
     * @param requestType the request record of the trigger's operation
     * @param items       the property holding the operation's items, whose first item takes the item fields; null
     *                    when the operation changes one thing described at the top level
     */
    record Target(Class<?> requestType, String items) {
    }

    /** One settable property: its name as the API spells it, its type, and whether it sits in the first item. */
    private record Field(String name, JavaType type, boolean inItem) {
    }

    private final Target target;
    private final Map<String, Field> fields;
    private final Map<String, JsonNode> values;

    private SetFields(Target target, Map<String, Field> fields, Map<String, JsonNode> values) {
        this.target = target;
        this.fields = fields;
        this.values = values;
    }

    /** The names a Set for {@code target} may hold, in the request's order. */
    static List<String> allowed(ObjectMapper json, Target target) {
        return List.copyOf(fieldsOf(json, target).values().stream().map(Field::name).toList());
    }

    /**
     * Checks {@code set} (null for none): every field must be settable and of the right type; a 400 names the first
     * one that is not and lists what is allowed.
     */
    static SetFields check(ObjectMapper json, String trigger, Target target, ObjectNode set) {
        Map<String, Field> fields = fieldsOf(json, target);
        Map<String, JsonNode> values = new LinkedHashMap<>();
        if (set != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = set.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                Field field = fields.get(entry.getKey().toLowerCase(Locale.ROOT));
                if (field == null) {
                    throw new InvalidRequest("Set." + entry.getKey() + " is not a field " + trigger + " can set; it "
                            + "can set " + String.join(", ", fields.values().stream().map(Field::name).toList()) + ".");
                }
                JsonNode value = wrapped(field, entry.getValue());
                checkType(json, target, field, value);
                values.put(field.name(), value);
            }
        }
        return new SetFields(target, fields, values);
    }

    /** The value set for {@code name}, or null. */
    JsonNode value(String name) {
        Field field = fields.get(name.toLowerCase(Locale.ROOT));
        JsonNode value = field == null ? null : values.get(field.name());
        // A field of the API's update form ({"Value": x}) is read here as its plain value.
        if (value != null && field.type().getRawClass() == UpdateValue.class && value.isObject()) {
            return value.get("Value");
        }
        return value;
    }

    /** Writes every set field into {@code body}: over the defaults, on the top level or in the first item. */
    void applyTo(ObjectNode body) {
        values.forEach((name, value) -> {
            Field field = fields.get(name.toLowerCase(Locale.ROOT));
            ObjectNode into = field.inItem() ? firstItem(body) : body;
            into.set(name, value.deepCopy());
        });
    }

    /**
     * The operation's failure with a set field named as the client wrote it ({@code Set.StartUtc}), instead of its
     * place in the request ({@code Reservations[0].StartUtc}).
     */
    ApiException renamed(ApiException e) {
        for (String name : values.keySet()) {
            Field field = fields.get(name.toLowerCase(Locale.ROOT));
            String place = field.inItem() ? target.items() + "[0]." + name : name;
            String message = e.getMessage();
            if (message != null && startsWithField(message, place)) {
                return TriggerErrors.withMessage(e, "Set." + name + message.substring(place.length()));
            }
        }
        return e;
    }

    private static boolean startsWithField(String message, String place) {
        if (!message.startsWith(place)) {
            return false;
        }
        char next = message.length() == place.length() ? ' ' : message.charAt(place.length());
        return next == ' ' || next == '.' || next == '[';
    }

    private ObjectNode firstItem(ObjectNode body) {
        JsonNode items = body.get(target.items());
        ArrayNode array = items instanceof ArrayNode existing ? existing : body.putArray(target.items());
        if (array.isEmpty() || !array.get(0).isObject()) {
            array.removeAll();
            return array.addObject();
        }
        return (ObjectNode) array.get(0);
    }

    /** A plain value for a property of the API's update form becomes {@code {"Value": x}}. */
    private static JsonNode wrapped(Field field, JsonNode value) {
        if (field.type().getRawClass() != UpdateValue.class || (value.isObject() && value.has("Value"))) {
            return value;
        }
        ObjectNode update = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        update.set("Value", value);
        return update;
    }

    /**
     * Binds the field alone to the request (or item) type: a value of the wrong type fails before the record's own
     * checks run, with a message that names the field. The record's complaints about other, absent fields are
     * ignored here; they cannot happen once the defaults are filled in.
     */
    private static void checkType(ObjectMapper json, Target target, Field field, JsonNode value) {
        ObjectNode alone = json.createObjectNode();
        alone.set(field.name(), value);
        Class<?> type = field.inItem() ? itemType(json, target).getRawClass() : target.requestType();
        try {
            RequestBodies.bind(json, alone, type);
        } catch (InvalidRequest e) {
            String message = e.getMessage();
            if (message != null && startsWithField(message, field.name())) {
                throw new InvalidRequest("Set." + message, e.details() == null ? null : "Set." + e.details());
            }
        } catch (ApiException e) {
            // Another field's check of the record: not about this value.
        }
    }

    private static Map<String, Field> fieldsOf(ObjectMapper json, Target target) {
        Map<String, Field> fields = new LinkedHashMap<>();
        if (target.items() != null) {
            for (BeanPropertyDefinition property : properties(json, itemType(json, target))) {
                add(fields, property, true);
            }
        }
        for (BeanPropertyDefinition property : properties(json, json.constructType(target.requestType()))) {
            if (target.items() == null || !property.getName().equals(target.items())) {
                add(fields, property, false);
            }
        }
        return fields;
    }

    private static void add(Map<String, Field> fields, BeanPropertyDefinition property, boolean inItem) {
        String key = property.getName().toLowerCase(Locale.ROOT);
        if (!NOT_SETTABLE.contains(key) && !fields.containsKey(key)) {
            fields.put(key, new Field(property.getName(), property.getPrimaryType(), inItem));
        }
    }

    private static JavaType itemType(ObjectMapper json, Target target) {
        for (BeanPropertyDefinition property : properties(json, json.constructType(target.requestType()))) {
            if (property.getName().equals(target.items())) {
                return property.getPrimaryType().getContentType();
            }
        }
        throw new IllegalStateException(target.requestType().getSimpleName() + " has no item array " + target.items());
    }

    private static List<BeanPropertyDefinition> properties(ObjectMapper json, JavaType type) {
        return new ArrayList<>(json.getDeserializationConfig().introspect(type).findProperties());
    }
}
