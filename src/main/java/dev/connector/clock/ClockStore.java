package dev.connector.clock;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** SQL for the enterprises' test clocks; times in epoch milliseconds. */
final class ClockStore {

    private static final String COLUMNS = "enterprise_id, now_utc, set_at_utc, frozen, state";

    List<ClockSetting> all(Handle handle) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM enterprise_clocks").map(ClockStore::setting).list();
    }

    Optional<ClockSetting> find(Handle handle, UUID enterpriseId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM enterprise_clocks WHERE enterprise_id = :id")
                .bind("id", enterpriseId.toString())
                .map(ClockStore::setting)
                .findOne();
    }

    /** Writes the clock (created or replaced) in the given state. */
    void save(Handle handle, ClockSetting setting, Instant realNow) {
        int updated = handle.createUpdate("""
                        UPDATE enterprise_clocks SET now_utc = :now, set_at_utc = :setAt, frozen = :frozen,
                            state = :state, updated_utc = :updated
                        WHERE enterprise_id = :id""")
                .bindMap(values(setting, realNow))
                .execute();
        if (updated == 0) {
            handle.createUpdate("""
                            INSERT INTO enterprise_clocks (enterprise_id, now_utc, set_at_utc, frozen, state, updated_utc)
                            VALUES (:id, :now, :setAt, :frozen, :state, :updated)""")
                    .bindMap(values(setting, realNow))
                    .execute();
        }
    }

    /**
     * Marks the clock Advancing unless an advance runs already; an advance whose node has not touched it since
     * {@code staleBefore} (it stopped) is taken over. False when another advance holds it.
     */
    boolean startAdvance(Handle handle, UUID enterpriseId, Instant realNow, Instant staleBefore) {
        return handle.createUpdate("""
                        UPDATE enterprise_clocks SET state = 'Advancing', updated_utc = :updated
                        WHERE enterprise_id = :id AND (state = 'Ready' OR updated_utc < :stale)""")
                .bind("id", enterpriseId.toString())
                .bind("updated", realNow.toEpochMilli())
                .bind("stale", staleBefore.toEpochMilli())
                .execute() == 1;
    }

    void delete(Handle handle, UUID enterpriseId) {
        handle.createUpdate("DELETE FROM enterprise_clocks WHERE enterprise_id = :id")
                .bind("id", enterpriseId.toString())
                .execute();
    }

    private static java.util.Map<String, Object> values(ClockSetting setting, Instant realNow) {
        return java.util.Map.of(
                "id", setting.enterpriseId().toString(),
                "now", setting.nowUtc().toEpochMilli(),
                "setAt", setting.setAtUtc().toEpochMilli(),
                "frozen", setting.frozen(),
                "state", setting.state().name(),
                "updated", realNow.toEpochMilli());
    }

    private static ClockSetting setting(ResultSet rs, StatementContext ctx) throws SQLException {
        return new ClockSetting(UUID.fromString(rs.getString("enterprise_id")),
                Instant.ofEpochMilli(rs.getLong("now_utc")), Instant.ofEpochMilli(rs.getLong("set_at_utc")),
                rs.getBoolean("frozen"), ClockSetting.State.valueOf(rs.getString("state")));
    }
}
