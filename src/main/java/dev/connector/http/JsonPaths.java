package dev.connector.http;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/** Names a field of a request body the way a client wrote it, e.g. {@code Limitation.Count} or {@code Ids[2]}. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String describe(List<JsonMappingException.Reference> path) {
        StringBuilder name = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                name.append('[').append(reference.getIndex()).append(']');
            }
        }
        return name.toString();
    }
}
