package dev.connector.store;

import dev.connector.api.InvalidRequest;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.connector.api.Limitation;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * Cursor pagination over a table with an auto-increment {@code seq} column and a text {@code id} column.
 * Items come in creation order; the cursor is the id of the last item returned, so following cursors visits
 * every matching item once even while rows are added (new ones appear on later pages) or changed.
 */
public final class PageQuery {

    private PageQuery() {
    }

    /**
     * Reads one page of {@code SELECT <columns> FROM <table>} filtered by {@code filter}.
     *
     * @param table   a table, or a join whose main table has the alias given in {@code alias}
     * @param alias   the alias (or table name) holding {@code seq} and {@code id}
     * @param idOf    how to get the id of a mapped item, for the response's cursor
     */
    public static <T> Page<T> fetch(Handle handle, String columns, String table, String alias, Filter filter,
                                    Limitation limitation, RowMapper<T> mapper, Function<T, UUID> idOf) {
        Long afterSeq = null;
        if (limitation.cursorId() != null) {
            afterSeq = handle.createQuery("SELECT " + alias + ".seq FROM " + table + " WHERE " + alias + ".id = :cursor")
                    .bind("cursor", limitation.cursorId().toString())
                    .mapTo(Long.class)
                    .findFirst()
                    .orElseThrow(() -> new InvalidRequest("Limitation.Cursor does not identify an item of this list."));
        }
        String conditions = filter.conditions() + (afterSeq == null ? "" : " AND " + alias + ".seq > :afterSeq");
        // The page's positions are chosen first and only then its documents read, by primary key: a filter served by
        // another index (UpdatedUtc, say) would otherwise have the store carry every matching document through the
        // sort. A join rather than "seq IN (...)": PostgreSQL's generic plan for the semi-join compares every
        // matching row with every chosen position.
        String sql = "SELECT " + columns + " FROM " + table
                + " JOIN (SELECT " + alias + ".seq AS page_seq FROM " + table + " WHERE " + conditions
                + " ORDER BY " + alias + ".seq LIMIT :count) page ON " + alias + ".seq = page.page_seq"
                // Where the table is a join, the conditions also pick which joined rows come along; on one table the
                // primary key already picks the row, and repeating them brings the slow plan back.
                + (isJoin(table) ? " WHERE " + conditions : "")
                + " ORDER BY " + alias + ".seq";
        Query query = filter.bind(handle.createQuery(sql)).bind("count", limitation.count());
        if (afterSeq != null) {
            query.bind("afterSeq", afterSeq);
        }
        List<T> items = query.map(mapper).list();
        return new Page<>(items, items.isEmpty() ? null : idOf.apply(items.get(items.size() - 1)));
    }

    /** Whether {@code table} is more than one table name with an optional alias, however its lines are broken. */
    private static boolean isJoin(String table) {
        return table.strip().split("\\s+").length > 2;
    }

    /**
     * Like {@link #fetch}, for a table with {@code doc} and {@code doc_shape} columns: one page of the stored
     * documents of {@code type}, written into the answer as they are when their shape is current
     * ({@link Documents#raw}).
     */
    public static Page<RawValue> fetchDocuments(Handle handle, Documents documents, String table, String alias,
                                                Filter filter, Limitation limitation, Class<?> type) {
        RowMapper<StoredDocument> mapper = (rs, ctx) -> new StoredDocument(UUID.fromString(rs.getString("id")),
                documents.raw(rs.getString("doc"), rs.getInt("doc_shape"), type));
        return fetch(handle, alias + ".id, " + alias + ".doc, " + alias + ".doc_shape", table, alias, filter,
                limitation, mapper, StoredDocument::id).map(StoredDocument::json);
    }

    private record StoredDocument(UUID id, RawValue json) {
    }
}
