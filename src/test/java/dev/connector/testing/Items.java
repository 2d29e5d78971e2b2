package dev.connector.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads the items of a response array the way tests compare them: as lists of texts, in order. */
public final class Items {

    private Items() {
    }

    /** The Id of each item. */
    public static List<String> ids(JsonNode items) {
        return texts(items, "Id");
    }

    /** The {@code field} of each item as text (empty for a missing field). */
    public static List<String> texts(JsonNode items, String field) {
        List<String> values = new ArrayList<>();
        items.forEach(item -> values.add(item.path(field).asText()));
        return values;
    }
}
