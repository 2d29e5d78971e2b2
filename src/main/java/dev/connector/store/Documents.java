package dev.connector.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Writes and reads the {@code doc} column: the API shape of an entity as JSON. Tables whose documents are served
 * as they are keep the shape version of each document beside it, in {@code doc_shape} (see {@link DocumentShape}).
 * Thread-safe.
 */
public final class Documents {

    private final ObjectMapper json;
    private final Map<Class<?>, Integer> shapes = new ConcurrentHashMap<>();

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

    /** The current shape version of documents of this type. */
    public int shape(Class<?> type) {
        return shapes.computeIfAbsent(type, t -> DocumentShape.of(json, t));
    }

    /** Binds {@code :doc} and {@code :docShape}: the document of {@code value} and the shape it is written in. */
    public <S extends SqlStatement<S>> S bindDocument(S statement, Object value) {
        return statement.bind("doc", write(value)).bind("docShape", shape(value.getClass()));
    }

    /**
     * A stored document as an answer carries it: the stored text itself when it has the current shape of
     * {@code type}, which then needs no parsing; otherwise read through the record and written again, so an older
     * document answers in today's shape.
     */
    public RawValue raw(String doc, int shape, Class<?> type) {
        return rawJson(shape == shape(type) ? doc : write(read(doc, type)));
    }

    /** JSON text that an answer carries as it is, copied into the output as bytes. */
    public static RawValue rawJson(String json) {
        return new RawValue(new StoredJson(json));
    }

    /** Maps a row's {@code doc} and {@code doc_shape} columns to the document as {@link #raw} serves it. */
    public RowMapper<RawValue> rawRowMapper(Class<?> type) {
        return (rs, ctx) -> raw(rs.getString("doc"), rs.getInt("doc_shape"), type);
    }

    public ObjectMapper mapper() {
        return json;
    }
}
