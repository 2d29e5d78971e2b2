package dev.connector.faults;

import dev.connector.store.Columns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** The SQL of fault rules; the same on SQLite and PostgreSQL. */
final class FaultRuleStore {

    private static final String COLUMNS = """
            id, target, application_id, enterprise_id, operation, fault, status, delay_ms, count_limit, probability,
            remaining, injected, created_utc""";

    void insert(Handle handle, FaultRule rule) {
        handle.createUpdate("INSERT INTO fault_rules (" + COLUMNS + """
                        ) VALUES (:id, :target, :applicationId, :enterpriseId, :operation, :fault, :status, :delayMs,
                                  :count, :probability, :remaining, :injected, :createdUtc)""")
                .bind("id", rule.id().toString())
                .bind("target", rule.target().name())
                .bind("applicationId", Columns.text(rule.applicationId()))
                .bind("enterpriseId", Columns.text(rule.enterpriseId()))
                .bind("operation", rule.operation())
                .bind("fault", rule.fault().name())
                .bind("status", rule.status())
                .bind("delayMs", rule.delayMs())
                .bind("count", rule.count())
                .bind("probability", rule.probability())
                .bind("remaining", rule.remaining())
                .bind("injected", rule.injected())
                .bind("createdUtc", rule.createdUtc().toEpochMilli())
                .execute();
    }

    /** Every rule, oldest first: the order in which rules are tried. */
    List<FaultRule> all(Handle handle) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM fault_rules ORDER BY seq")
                .map(FaultRuleStore::rule)
                .list();
    }

    boolean delete(Handle handle, UUID id) {
        return handle.createUpdate("DELETE FROM fault_rules WHERE id = :id").bind("id", id.toString()).execute() == 1;
    }

    /**
     * Spends one use of the rule; false when it has none left or was removed. One conditional UPDATE, so that
     * processes sharing the store never spend the same use twice.
     */
    boolean spend(Handle handle, UUID id) {
        return handle.createUpdate("""
                        UPDATE fault_rules
                        SET remaining = CASE WHEN remaining IS NULL THEN NULL ELSE remaining - 1 END,
                            injected = injected + 1
                        WHERE id = :id AND (remaining IS NULL OR remaining > 0)""")
                .bind("id", id.toString())
                .execute() == 1;
    }

    boolean applicationExists(Handle handle, UUID id) {
        return exists(handle, "SELECT COUNT(*) FROM applications WHERE id = :id", id);
    }

    boolean enterpriseExists(Handle handle, UUID id) {
        return exists(handle, "SELECT COUNT(*) FROM enterprises WHERE id = :id", id);
    }

    private static boolean exists(Handle handle, String sql, UUID id) {
        return handle.createQuery(sql).bind("id", id.toString()).mapTo(Integer.class).one() > 0;
    }

    private static FaultRule rule(ResultSet rs, StatementContext context) throws SQLException {
        return new FaultRule(
                UUID.fromString(rs.getString("id")),
                FaultTarget.valueOf(rs.getString("target")),
                Columns.uuid(rs.getString("application_id")),
                Columns.uuid(rs.getString("enterprise_id")),
                rs.getString("operation"),
                FaultKind.valueOf(rs.getString("fault")),
                nullableInt(rs, "status"),
                nullableInt(rs, "delay_ms"),
                nullableInt(rs, "count_limit"),
                nullableDouble(rs, "probability"),
                nullableInt(rs, "remaining"),
                rs.getInt("injected"),
                Instant.ofEpochMilli(rs.getLong("created_utc")));
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
