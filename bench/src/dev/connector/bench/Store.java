package dev.connector.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** The store a scenario runs on: a fresh SQLite folder, or a fresh PostgreSQL database dropped afterwards. */
record Store(String kind, String databaseUrl) implements AutoCloseable {

    private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";

    /** A fresh store of the kind named ("sqlite" or "postgresql"). */
    static Store of(String kind) {
        return kind.equals("sqlite") ? sqlite() : postgresql();
    }

    static Store sqlite() {
        return new Store("sqlite", null);
    }

    static Store postgresql() {
        String name = "connector_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(ADMIN_URL); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at 127.0.0.1:5432 is needed for the PostgreSQL runs: " + e.getMessage(), e);
        }
        return new Store("postgresql", "jdbc:postgresql://127.0.0.1:5432/" + name + "?user=postgres");
    }

    static boolean postgresqlReachable() {
        try (Connection connection = DriverManager.getConnection(ADMIN_URL)) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (databaseUrl == null) {
            return;
        }
        String name = databaseUrl.substring(databaseUrl.lastIndexOf('/') + 1, databaseUrl.indexOf('?'));
        try (Connection connection = DriverManager.getConnection(ADMIN_URL); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("bench: could not drop " + name + ": " + e.getMessage());
        }
    }
}
