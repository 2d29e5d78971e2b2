package dev.connector.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a server's store after or during a run (SQLite file or PostgreSQL database). */
final class Outboxes {

    private Outboxes() {
    }

    /** "Discriminator/Id" -> commit time in epoch microseconds, for the given event types. */
    static Map<String, Long> commitTimes(Store store, Path dataDir, String... types) throws SQLException {
        Map<String, Long> times = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(url(store, dataDir)); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT type, entity_id, created_utc FROM events WHERE type IN ('"
                     + String.join("','", types) + "') ORDER BY position")) {
            while (rows.next()) {
                times.putIfAbsent(rows.getString(1) + "/" + rows.getString(2), rows.getLong(3) * 1000L);
            }
        }
        return times;
    }

    /** The number of stored webhook messages. */
    static long webhookMessages(Store store, Path dataDir) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(store, dataDir)); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM webhook_messages")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String url(Store store, Path dataDir) {
        return store.databaseUrl() != null ? store.databaseUrl()
                : "jdbc:sqlite:" + dataDir.resolve("connector.db").toAbsolutePath();
    }
}
