package dev.connector.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jdbi.v3.core.mapper.RowMapper;

/** Writes and reads the {@code doc} column: the API shape of an entity as JSON. Thread-safe. */
public final class Documents {

    private final ObjectMapper json;

    public Documents(ObjectMapper json) {
        this.json = json;
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the document of " + value, e);
        }
    }

    public <T> T read(String doc, Class<T> type) {
        try {
            return json.readValue(doc, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a stored " + type.getSimpleName() + ": " + doc, e);
        }
    }

    /** Maps a row to the document in its {@code doc} column, the usual shape of an entity table's reads. */
    public <T> RowMapper<T> rowMapper(Class<T> type) {
        return (rs, ctx) -> read(rs.getString("doc"), type);
    }

    public ObjectMapper mapper() {
        return json;
    }
}
