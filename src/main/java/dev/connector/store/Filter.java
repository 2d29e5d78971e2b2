package dev.connector.store;

import dev.connector.api.TimeInterval;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The WHERE clause of a list query, built from optional request filters: a filter whose value is absent adds
 * nothing. UUIDs bind as text and instants as epoch milliseconds, as the schema stores them. Not thread-safe.
 */
public final class Filter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, List<Object>> lists = new LinkedHashMap<>();

    public static Filter where() {
        return new Filter();
    }

    /** {@code column = value}, skipped when value is null. */
    public Filter eq(String column, Object value) {
        if (value != null) {
            conditions.add(column + " = :" + bindName(value));
        }
        return this;
    }

    /** {@code column IN (values)}, skipped when values is null; an empty collection matches nothing. */
    public Filter in(String column, Collection<?> values) {
        if (values == null) {
            return this;
        }
        if (values.isEmpty()) {
            conditions.add("1 = 0");
            return this;
        }
        String name = "list" + lists.size();
        lists.put(name, values.stream().map(Filter::storable).toList());
        conditions.add(column + " IN (<" + name + ">)");
        return this;
    }

    /** {@code column} (epoch millis) within the inclusive interval, skipped when the interval is null. */
    public Filter within(String column, TimeInterval interval) {
        if (interval != null) {
            conditions.add(column + " >= :" + bindName(interval.startUtc()) + " AND " + column + " <= :" + bindName(interval.endUtc()));
        }
        return this;
    }

    /**
     * Rows whose own interval [startColumn, endColumn] overlaps the given inclusive one, skipped when null
     * (a collision filter, e.g. reservations in the house during a period).
     */
    public Filter overlapping(String startColumn, String endColumn, TimeInterval interval) {
        if (interval != null) {
            conditions.add(startColumn + " <= :" + bindName(interval.endUtc()) + " AND " + endColumn + " >= :" + bindName(interval.startUtc()));
        }
        return this;
    }

    /** Case-insensitive prefix or containment match, skipped when value is null or blank. */
    public Filter containsIgnoringCase(String column, String value) {
        if (value != null && !value.isBlank()) {
            conditions.add("LOWER(" + column + ") LIKE :" + bindName("%" + escapeLike(value.toLowerCase()) + "%") + " ESCAPE '!'");
        }
        return this;
    }

    /** Any condition in SQL, with its named values (names must not start with {@code v} followed by a digit). */
    public Filter sql(String condition, Map<String, ?> named) {
        conditions.add(condition);
        named.forEach((name, value) -> values.put(name, storable(value)));
        return this;
    }

    /** {@code WHERE ...}, or an empty string when there is no condition. */
    public String clause() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** The same conditions joined with AND behind an existing WHERE (or "1 = 1" when none). */
    public String conditions() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" AND ", conditions);
    }

    public <S extends SqlStatement<S>> S bind(S statement) {
        values.forEach(statement::bind);
        lists.forEach(statement::bindList);
        return statement;
    }

    private String bindName(Object value) {
        String name = "v" + values.size();
        values.put(name, storable(value));
        return name;
    }

    /** How a value is stored: ids as text, instants as epoch milliseconds, enums by name. */
    public static Object storable(Object value) {
        return switch (value) {
            case null -> null;
            case UUID id -> id.toString();
            case Instant instant -> instant.toEpochMilli();
            case Enum<?> constant -> constant.name();
            default -> value;
        };
    }

    private static String escapeLike(String text) {
        // '!' rather than a backslash: Jdbi's statement parser treats a backslash as its own escape.
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
