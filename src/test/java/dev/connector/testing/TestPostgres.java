package dev.connector.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Fresh PostgreSQL databases for tests at 127.0.0.1:5432 (user postgres, trust auth), dropped afterwards.
 * When PostgreSQL is unreachable, tests are skipped, except in CI (CI=true), where that is a failure.
 */
public final class TestPostgres {

    private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";

    private TestPostgres() {
    }

    /** Creates an empty database and returns its JDBC URL. */
    public static String createDatabase() {
        String name = "connector_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection connection = DriverManager.getConnection(ADMIN_URL);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            unreachable(e);
        }
        return "jdbc:postgresql://127.0.0.1:5432/" + name + "?user=postgres";
    }

    public static void dropDatabase(String jdbcUrl) {
        String name = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1, jdbcUrl.indexOf('?'));
        try (Connection connection = DriverManager.getConnection(ADMIN_URL);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop test database " + name, e);
        }
    }

    private static void unreachable(SQLException e) {
        String message = "PostgreSQL at 127.0.0.1:5432 is unreachable (" + e.getMessage() + "). Start it with: "
                + "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message, e);
        }
        Assumptions.abort(message);
    }
}
